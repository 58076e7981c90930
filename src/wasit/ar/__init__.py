"""Arabic text tools with no political knowledge: normalisation, tokens, clitics, sentences."""
