/** What a failure to start the server means to the person who typed the command, in one line. */
export function presentErrorMessage(error: unknown, host: string, port: number): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const syscall = error instanceof Error && 'syscall' in error ? String(error.syscall) : '';
  const file = error instanceof Error && 'path' in error ? String(error.path) : '';
  if (file !== '') return `cannot keep the talk in ${file} (${code}): set SPEECH_DECK_STATE_DIR to a folder you own.`;
  if (syscall !== 'listen' && syscall !== 'bind' && syscall !== '') return error instanceof Error ? error.message : '';
  if (code === 'EADDRINUSE') return `port ${port} is in use: choose another with --port, or --port 0 for any free one.`;
  if (code === 'EADDRNOTAVAIL')
    return `${host} is not an address of this machine: leave --host out, or give 127.0.0.1.`;
  if (code === 'EACCES') return `port ${port} needs privileges: choose one above 1023 with --port.`;
  return error instanceof Error ? error.message : String(error);
}
