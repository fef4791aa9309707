/** A user's mistake in what they asked the engine for (an unknown source, a bad pattern). */
export class MetricsInputError extends Error {
  override name = 'MetricsInputError';
}
