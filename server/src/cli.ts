// placeholder, replaced by the CLI
console.log('cli');
