/**
 * Events of `source` that pass `keep`. Unlike an async generator, `return()` reaches the source at
 * once, so an unsubscribed client does not hold its pub/sub subscription until the next event.
 */
export function filtered<T>(source: AsyncIterable<T>, keep: (value: T) => Promise<boolean>): AsyncIterableIterator<T> {
  const inner = source[Symbol.asyncIterator]();
  const done = { done: true, value: undefined } as IteratorReturnResult<undefined>;
  return {
    async next() {
      for (;;) {
        const result = await inner.next();
        if (result.done || (await keep(result.value))) return result;
      }
    },
    return: () => (inner.return ? inner.return() : Promise.resolve(done)),
    throw: (error: unknown) => (inner.throw ? inner.throw(error) : Promise.reject(error)),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
