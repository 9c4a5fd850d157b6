/**
 * V8 gives each class its object layout (hidden class) the first time an instance gets its
 * fields, and keeps that layout only while some object still has it. A major GC that runs
 * while no body is in flight (V8's memory reducer starts one when a busy process goes idle)
 * drops the layouts of every per-body and per-leaf class, and with them all the optimized
 * code specialised on them: every data-path function is deoptimized at once, and the next
 * requests run in the interpreter until they are compiled again. One idle instance of each
 * such class, held here for the life of the process, keeps its layout.
 *
 * An exemplar must be idle (it holds no body data) and built the way real instances are,
 * by the same constructor, so that it has the layout they have.
 */
const exemplars: object[] = [];

export function keepLayout(idle: object): void {
  exemplars.push(idle);
}
