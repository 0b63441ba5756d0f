// Package doccheck holds only a test: every package users import has a package doc comment
// in its doc.go, and every exported name in it — functions, methods of exported types,
// types, constants, variables, struct fields and interface methods — has a doc comment.
package doccheck

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// publicPackages are the directories, relative to the module root, of the packages a caller
// imports. Internal packages and examples are not in it.
var publicPackages = []string{".", "lnet", "lnet/geodata", "data", "allocation", "eligibility", "calendar", "giving360", "schema"}

// moduleRoot is the module root seen from this package's directory.
const moduleRoot = "../.."

func TestPublicPackagesAreDocumented(t *testing.T) {
	for _, dir := range publicPackages {
		t.Run(dir, func(t *testing.T) {
			missing, err := undocumented(filepath.Join(moduleRoot, dir))
			require.NoError(t, err)
			assert.Empty(t, missing, "exported names without a doc comment in %s", dir)
		})
	}
}

// TestUndocumentedFindsGaps runs the checker on a package written for the test, so the test
// above can fail: each gap it must find is named in the source.
func TestUndocumentedFindsGaps(t *testing.T) {
	dir := t.TempDir()
	src := `package p

import "io"

func F() {}

// G is documented.
func G() {}

func unexported() {}

type T struct {
	Field int
	Trailing int // Trailing has a trailing comment.
	// Documented is documented.
	Documented int
	private    int
	io.Reader
}

func (T) M() {}

func (t *T) n() {}

type hidden struct{ Exported int }

func (hidden) Method() {}

// I is documented.
type I interface {
	Call()
	// Done is documented.
	Done()
}

const C = 1

// Group of documented constants.
const (
	D1 = 1
	D2 = 2
)

const (
	// E1 is documented.
	E1 = 1
	E2 = 2
	E3 = 3 // E3 has a trailing comment.
)

var V, W = 1, 2

type (
	// A is documented.
	A int
	B int
)
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o600))
	missing, err := undocumented(dir)
	require.NoError(t, err)
	want := []string{
		"package p: no doc.go with a package doc comment",
		"p.go:5: func F",
		"p.go:12: type T",
		"p.go:13: field T.Field",
		"p.go:21: method T.M",
		"p.go:31: method I.Call",
		"p.go:36: const C",
		"p.go:47: const E2",
		"p.go:51: var V",
		"p.go:51: var W",
		"p.go:56: type B",
	}
	assert.Equal(t, want, missing)
}

// undocumented parses the non-test Go files in dir and lists, sorted, what lacks a doc
// comment, as "file:line: kind name".
func undocumented(dir string) ([]string, error) {
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	var missing []string
	pkgDoc, pkgName := false, ""
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		if ast.IsGenerated(f) {
			continue
		}
		pkgName = f.Name.Name
		if filepath.Base(name) == "doc.go" && f.Doc != nil && strings.HasPrefix(f.Doc.Text(), "Package "+pkgName+" ") {
			pkgDoc = true
		}
		missing = append(missing, fileGaps(fset, f)...)
	}
	if pkgName == "" {
		return nil, fmt.Errorf("no Go files in %s", dir)
	}
	if !pkgDoc {
		missing = append(missing, "package "+pkgName+": no doc.go with a package doc comment")
	}
	sort.Slice(missing, func(i, j int) bool { return lessGap(missing[i], missing[j]) })
	return missing, nil
}

// lessGap orders gaps by file, then by line as a number, so the list reads top down.
func lessGap(a, b string) bool {
	fa, la := splitGap(a)
	fb, lb := splitGap(b)
	if fa != fb {
		return fa < fb
	}
	if la != lb {
		return la < lb
	}
	return a < b
}

func splitGap(s string) (file string, line int) {
	head, _, _ := strings.Cut(s, ": ")
	file, num, ok := strings.Cut(head, ":")
	if !ok {
		return "", 0 // the package gap sorts first
	}
	fmt.Sscan(num, &line)
	return file, line
}

// fileGaps lists the undocumented exported names of one file.
func fileGaps(fset *token.FileSet, f *ast.File) []string {
	var gaps []string
	add := func(pos token.Pos, kind, name string) {
		p := fset.Position(pos)
		gaps = append(gaps, fmt.Sprintf("%s:%d: %s %s", filepath.Base(p.Filename), p.Line, kind, name))
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() {
				continue
			}
			kind, name := "func", d.Name.Name
			if d.Recv != nil {
				recv := receiverName(d.Recv.List[0].Type)
				if !ast.IsExported(recv) {
					continue
				}
				kind, name = "method", recv+"."+name
			}
			if d.Doc == nil {
				add(d.Pos(), kind, name)
			}
		case *ast.GenDecl:
			grouped := d.Lparen.IsValid()
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if !s.Name.IsExported() {
						continue
					}
					if s.Doc == nil && (grouped || d.Doc == nil) {
						add(s.Pos(), "type", s.Name.Name)
					}
					gaps = append(gaps, memberGaps(s.Name.Name, s.Type, add)...)
				case *ast.ValueSpec:
					// A doc comment on a parenthesised group documents its members, and
					// so does a trailing comment on a member of a group.
					if s.Doc != nil || d.Doc != nil || grouped && s.Comment != nil {
						continue
					}
					for _, n := range s.Names {
						if n.IsExported() {
							add(n.Pos(), d.Tok.String(), n.Name)
						}
					}
				}
			}
		}
	}
	return gaps
}

// memberGaps reports the undocumented exported fields of a struct type and methods of an
// interface type through add; it returns nil, for use in an append.
func memberGaps(typeName string, expr ast.Expr, add func(token.Pos, string, string)) []string {
	var list *ast.FieldList
	kind := "field"
	switch t := expr.(type) {
	case *ast.StructType:
		list = t.Fields
	case *ast.InterfaceType:
		list, kind = t.Methods, "method"
	default:
		return nil
	}
	for _, field := range list.List {
		if field.Doc != nil || field.Comment != nil {
			continue // a trailing comment documents a field in godoc's listing of the type
		}
		for _, n := range field.Names { // embedded fields have no names
			if n.IsExported() {
				add(n.Pos(), kind, typeName+"."+n.Name)
			}
		}
	}
	return nil
}

// receiverName returns the base type name of a method receiver: T for T, *T, T[K] and *T[K].
func receiverName(expr ast.Expr) string {
	for {
		switch t := expr.(type) {
		case *ast.StarExpr:
			expr = t.X
		case *ast.IndexExpr:
			expr = t.X
		case *ast.IndexListExpr:
			expr = t.X
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}
