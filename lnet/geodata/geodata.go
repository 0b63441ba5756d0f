package geodata

import "embed"

//go:embed *.csv
var files embed.FS

// FS returns the generated CSV files, at its root. It is a function, not a package variable,
// so that no caller can swap the data every register is loaded from.
func FS() embed.FS { return files }
