// placeholder, replaced by the language server wiring
console.log('server');
