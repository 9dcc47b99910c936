// placeholder: the language server lands in its own change
