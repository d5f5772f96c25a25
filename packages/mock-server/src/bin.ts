console.error("kie-mock: not built yet")
