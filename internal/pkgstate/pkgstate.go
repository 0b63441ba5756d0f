// Package pkgstate finds mutable package state: the exported package-level variables of a
// package other than its sentinel errors. Tables that define behaviour must be functions or
// unexported values (STYLE.md, "no knobs"), so each public package has a test that calls
// [ExportedVars] on its own directory and expects nothing.
package pkgstate

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strings"
)

// ExportedVars parses the non-test Go files in dir and returns, sorted, "file:line name" for
// every exported package-level variable whose name does not start with "Err" (the sentinel
// errors, which callers compare with errors.Is and which are the only exported variables
// allowed).
func ExportedVars(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var out []string
	parsed := 0
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		parsed++
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				for _, name := range spec.(*ast.ValueSpec).Names {
					if name.IsExported() && !strings.HasPrefix(name.Name, "Err") {
						pos := fset.Position(name.Pos())
						out = append(out, fmt.Sprintf("%s:%d %s", filepath.Base(pos.Filename), pos.Line, name.Name))
					}
				}
			}
		}
	}
	if parsed == 0 {
		return nil, fmt.Errorf("pkgstate: no Go files in %s", dir)
	}
	sort.Strings(out)
	return out, nil
}
