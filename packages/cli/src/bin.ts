console.log("kie: the command line is not built yet")
