// Sandboxed preload (written by the shell helper).
export {};
