// Every request handler runs through `safely`: an exception becomes a log line and an empty answer, so one
// odd document can never take the server down. ResponseErrors (deliberate refusals) still reach the client.
import { ResponseError } from 'vscode-languageserver';

export function safely<P, R>(log: (message: string) => void, name: string, fallback: R, handler: (params: P) => R | Promise<R>) {
  return async (params: P): Promise<R> => {
    try {
      return await handler(params);
    } catch (err) {
      if (err instanceof ResponseError) throw err;
      log(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return fallback;
    }
  };
}
