/** The Effect client is under construction. */
export {}
