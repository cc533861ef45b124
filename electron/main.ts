// Desktop composition root (written by the shell helper).
export {};
