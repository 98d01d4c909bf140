/** A WAV file's samples, mono, -1 to 1, and its sample rate. */
export interface Sound {
  readonly sampleRate: number;
  readonly samples: Float32Array;
}

/**
 * Reads a 16-bit PCM WAV (what espeak-ng, flite and sox write); channels are mixed to mono. A data chunk of unknown
 * length, as espeak-ng writes to a pipe, runs to the end of the file.
 */
export function readWav(buffer: Buffer): Sound {
  if (buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('Not a WAV file.');
  }
  let at = 12;
  let sampleRate = 0;
  let channels = 1;
  while (at + 8 <= buffer.length) {
    const id = buffer.toString('ascii', at, at + 4);
    const size = buffer.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      const format = buffer.readUInt16LE(at + 8);
      channels = buffer.readUInt16LE(at + 10);
      sampleRate = buffer.readUInt32LE(at + 12);
      const bits = buffer.readUInt16LE(at + 22);
      if (format !== 1 || bits !== 16) throw new Error(`Only 16-bit PCM WAV is read (format ${format}, ${bits} bits).`);
    } else if (id === 'data') {
      const end = Math.min(buffer.length, at + 8 + size);
      const frames = Math.floor((end - at - 8) / (2 * channels));
      const samples = new Float32Array(frames);
      for (let frame = 0; frame < frames; frame++) {
        let sum = 0;
        for (let channel = 0; channel < channels; channel++) {
          sum += buffer.readInt16LE(at + 8 + (frame * channels + channel) * 2);
        }
        samples[frame] = sum / channels / 32768;
      }
      return { sampleRate, samples };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('The WAV file has no data.');
}

/** A mono 16-bit PCM WAV file of `samples`. */
export function writeWav({ sampleRate, samples }: Sound): Buffer {
  const buffer = Buffer.alloc(44 + samples.length * 2);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + samples.length * 2, 4);
  buffer.write('WAVEfmt ', 8, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(samples.length * 2, 40);
  samples.forEach((sample, index) => {
    buffer.writeInt16LE(Math.round(Math.max(-1, Math.min(1, sample)) * 32767), 44 + index * 2);
  });
  return buffer;
}
