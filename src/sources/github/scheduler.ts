// The job scheduler handed to @octokit/plugin-throttling through its `Bottleneck` option.
// Bottleneck yields to the event loop (setTimeout 0) at each step of every job, which costs about
// 10 ms a request: more than half of what the simulator needs to answer a page of 100 pull
// requests. The collector sends one request at a time, so it needs no concurrency limiter; what
// it keeps from the plugin is its reading of rate limits (retry-after, x-ratelimit-reset,
// RATE_LIMITED) and its retries. This class does what the plugin asks of Bottleneck — run a job,
// and when a `failed` listener returns a number, wait that many milliseconds and run it again —
// with no added latency.

type Listener = (...args: unknown[]) => unknown;
type Task = (...args: unknown[]) => unknown;

/** Bottleneck.Events: puts `on` on a target; `trigger` resolves to the first listener's answer. */
class Events {
  private readonly listeners = new Map<string, Listener[]>();

  constructor(target: Record<string, unknown>) {
    target.on = (name: string, listener: Listener) => {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    };
  }

  /**
   * As Bottleneck's: a listener that throws answers nothing (the plugin's `failed` listener reads
   * `error.response.headers`, and an error of the network has no response: plugin-retry retries it).
   */
  async trigger(name: string, ...args: unknown[]): Promise<unknown> {
    for (const listener of this.listeners.get(name) ?? []) {
      let answer: unknown;
      try {
        answer = await listener(...args);
      } catch {
        continue;
      }
      if (answer !== undefined && answer !== null) return answer;
    }
    return undefined;
  }
}

/** A limiter that runs each job at once (the plugin's groups: global, write, search, ...). */
const immediate = {
  schedule: (...args: unknown[]) => {
    const [task, ...rest] = typeof args[0] === 'function' ? args : args.slice(1);
    return Promise.resolve().then(() => (task as Task)(...rest));
  },
};

class Group {
  key(): typeof immediate {
    return immediate;
  }
}

export class SequentialScheduler {
  static Events = Events;
  static Group = Group;
  private readonly events: Events;
  declare on: (name: string, listener: Listener) => void;

  constructor() {
    this.events = new Events(this as unknown as Record<string, unknown>);
  }

  /** Bottleneck's schedule([options], task, ...args), with its retry-on-`failed` contract. */
  async schedule(...args: unknown[]): Promise<unknown> {
    const [task, ...rest] = (typeof args[0] === 'function' ? args : args.slice(1)) as [Task, ...unknown[]];
    for (let retryCount = 0; ; retryCount++) {
      try {
        return await task(...rest);
      } catch (error) {
        const wait = await this.events.trigger('failed', error, { args: rest, retryCount });
        if (typeof wait !== 'number') throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}

/** Throttle options that route every group of the plugin through the sequential scheduler. */
export const sequentialGroups = {
  Bottleneck: SequentialScheduler,
  global: new Group(),
  auth: new Group(),
  write: new Group(),
  search: new Group(),
  notifications: new Group(),
};
