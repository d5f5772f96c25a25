// Effect Schema generation from the spec comes with the Effect client.
console.log("codegen: nothing to generate yet")
