import type { Following } from '../../../voice/follower.ts';
import { openFollower, type FollowerPort, type FollowerSource } from './follower-port.ts';

// About 43 ms a block at 48 kHz: the script's place is told over twenty times a second.
const BLOCK = 2048;

/**
 * The microphone, followed: its samples go to the follower as they come, and nothing else: no recording is kept and
 * nothing leaves the page (the page's Content-Security-Policy allows no connection but its own server's live relay,
 * which never carries sound).
 */
export class Microphone {
  private constructor(
    private readonly stream: MediaStream,
    private readonly context: AudioContext,
    readonly follower: FollowerPort,
  ) {}

  /** Asks for the microphone; rejects when it is refused or missing. */
  static async open(source: FollowerSource, told: (following: Following) => void): Promise<Microphone> {
    const stream = await navigator.mediaDevices.getUserMedia({
      // The aligner wants the voice as it is: the browser's own cleaning changes it from moment to moment.
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
    });
    const context = new AudioContext();
    let follower: FollowerPort;
    try {
      follower = await openFollower(source, context.sampleRate, told);
    } catch (error) {
      for (const track of stream.getTracks()) track.stop();
      void context.close();
      throw error;
    }
    const input = context.createMediaStreamSource(stream);
    // The page only captures: a ScriptProcessorNode, deprecated but in every browser and needing no file. An
    // AudioWorklet's module is a script under the page's script-src, which admits no blob: (docs/voice.md).
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the one capture that works from a folder, as said above
    const processor = context.createScriptProcessor(BLOCK, 1, 1);
    processor.addEventListener('audioprocess', (event) => {
      // A copy, since the block's buffer is the audio graph's; the copy's buffer goes to the worker as it is.
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the ScriptProcessorNode's block, as above
      follower.push(event.inputBuffer.getChannelData(0).slice());
    });
    input.connect(processor);
    // Silent: a processor runs only when connected to the output.
    const mute = context.createGain();
    mute.gain.value = 0;
    processor.connect(mute).connect(context.destination);
    await context.resume();
    const microphone = new Microphone(stream, context, follower);
    for (const track of stream.getAudioTracks()) {
      track.addEventListener('ended', () => {
        told({ word: -1, state: 'lost', level: 0, speaking: false });
      });
    }
    return microphone;
  }

  close(): void {
    for (const track of this.stream.getTracks()) track.stop();
    this.follower.close();
    void this.context.close();
  }
}
