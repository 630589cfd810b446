// per_thread.h — SIFT_PER_THREAD, for the few function-local scratch objects
// that are reused from one call to the next (tables and buffers, never a
// result): one per thread natively, so the core can run on several threads.
//
// The wasm build runs one thread, and there a plain static is the same thing.
// It must be: LLVM 14 keeps thread_local as real thread-local storage when
// bulk memory is on and no atomics are, and wasm-ld 14 refuses to link that
// (see wasm/CMakeLists.txt for the details and the fixes that do not work).
#pragma once

#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
#define SIFT_PER_THREAD static
#else
#define SIFT_PER_THREAD thread_local
#endif
