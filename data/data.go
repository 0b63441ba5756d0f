package data

import "embed"

// SSB holds the raw files, under the directory "ssb" (ssb/klass131/kommuneinndeling_2024.json,
// ssb/population_0_17_by_municipality_2025_2026.csv, ...).
//
//go:embed ssb
var SSB embed.FS
