// Package data embeds Statistics Norway's raw files that the SDK's geography register is
// made from (Kilde: Statistisk sentralbyrå (SSB), NLOD 2.0 / CC BY 4.0; see SOURCES.md in
// this directory): the KLASS 131 versions and change table, the county list and the
// population aged 0–17 and in total per municipality on 1 January.
//
// Package lnet reads them only in lnet.LoadRegister, which lays a folder of newer SSB files
// over them; the default register is built from the compact files generated from them
// (package lnet/geodata). Most callers want package lnet, not this package.
package data
