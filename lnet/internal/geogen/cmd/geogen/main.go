// Command geogen regenerates the embedded geography files of package lnet (lnet/geodata)
// from Statistics Norway's raw files (data/ssb). Run it through go generate in lnet:
//
//	go generate ./lnet
//
// or directly:
//
//	go run ./lnet/internal/geogen/cmd/geogen -src data/ssb -out lnet/geodata
package main

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/laeringsnettverk/sdk/lnet/internal/geogen"
)

func main() {
	src := flag.String("src", "../data/ssb", "directory of the raw SSB files")
	out := flag.String("out", "geodata", "directory to write the generated files to")
	flag.Parse()
	files, err := geogen.Generate(*src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "geogen:", err)
		os.Exit(1)
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := os.WriteFile(filepath.Join(*out, name), files[name], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "geogen:", err)
			os.Exit(1)
		}
	}
}
