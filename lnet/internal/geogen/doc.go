// Package geogen turns Statistics Norway's raw files under data/ssb into the compact,
// diff-friendly CSV files embedded in package lnet/geodata (Kilde: Statistisk sentralbyrå
// (SSB), NLOD 2.0 / CC BY 4.0).
//
// It reads
//
//   - klass131/kommuneinndeling_YYYY.json: the versions of classification 131 (kommuneinndeling)
//     as served by SSB's KLASS API, one per file;
//   - klass131/changes_1977-2024.json: the change table (old code → new code, date);
//   - counties_2017_2024.csv: county number and plain name per year;
//   - population_0_17_by_municipality_2017_2024.csv: persons aged 0–17 and in total per
//     municipality on 1 January (SSB table 07459);
//
// cross-checks them against each other (every code that disappears between two versions has a
// change record, every change joins codes valid on either side, the county list and the
// population rows match the municipalities valid on 1 January), and writes
//
//   - municipalities.csv: code, name and validity interval (a code keeps one row while its name
//     is unchanged across consecutive versions; an empty valid_to means "still valid");
//   - successions.csv: the changes between codes inside the covered period, with the manual
//     territory rule for the 2024 reversal of the Ålesund merger;
//   - counties.csv: county number, plain name and validity interval;
//   - population.csv: persons aged 0–17 and in total per municipality and year.
//
// The generator is deterministic: the same input gives byte-identical output, and a test in
// this package checks that the committed files in lnet/geodata are exactly what it produces.
package geogen
