package data

import "embed"

//go:embed ssb
var files embed.FS

// SSB returns the raw files, under the directory "ssb" (ssb/klass131/kommuneinndeling_2024.json,
// ssb/population_0_17_by_municipality_2025_2026.csv, ...). It is a function, not a package
// variable, so that no caller can swap the data every loaded register rests on.
func SSB() embed.FS { return files }
