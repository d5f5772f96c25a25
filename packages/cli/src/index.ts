/** The command line is under construction. */
export {}
