package geodata

import "embed"

// FS holds the generated CSV files, at its root.
//
//go:embed *.csv
var FS embed.FS
