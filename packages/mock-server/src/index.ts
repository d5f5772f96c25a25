/** The mock server is under construction. */
export {}
