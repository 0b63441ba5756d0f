package errtext

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Reasons parses the non-test Go files in dir and returns, sorted and without duplicates,
// every reason the package's code writes into an error: the string constants (or the formats
// of fmt.Sprintf, or the leading constant of a concatenation, completed with "%s") that are
//
//   - the value of a field named Reason (or Type or What, the names of what was parsed or
//     looked up) in a composite literal, or
//   - the argument for a parameter named reason, typ or what (or format, when the function also has a
//     path or value parameter) of a function or function literal of the package, or for the
//     reason of a method of the decoding layer's Decoder (d.Fail, d.FailAt, d.TypeError), or
//   - assigned to a variable named reason, or
//   - returned by a function whose name ends in Problem or Mismatch (idProblem), or
//   - the format of fmt.Errorf when it starts with a wrapped sentinel ("%w: for grant year
//     %d, …"), with each %w written %s: the message is translated as a whole, the sentinel's
//     text looked up in turn.
//
// A package's test compares the list with its [Catalogue], so a reason added to the code
// without its translation fails the test. Reasons passed on from another package's error
// are that package's to translate.
func Reasons(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("errtext: no Go files in %s", dir)
	}
	// The positions of the reason parameters of every named function; those of function
	// literals bound to a name are looked up within the function that binds them.
	params := map[string][]int{}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				record(params, fd.Name.Name, fd.Type)
			}
		}
	}
	seen := map[string]bool{}
	add := func(e ast.Expr) {
		if s, ok := reasonOf(e); ok && s != "" {
			seen[s] = true
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			local := map[string][]int{}
			ast.Inspect(d, func(n ast.Node) bool {
				if x, ok := n.(*ast.AssignStmt); ok {
					for i, r := range x.Rhs {
						if fl, ok := r.(*ast.FuncLit); ok && i < len(x.Lhs) {
							if id, ok := x.Lhs[i].(*ast.Ident); ok {
								record(local, id.Name, fl.Type)
							}
						}
					}
				}
				return true
			})
			ast.Inspect(d, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.KeyValueExpr:
					if id, ok := x.Key.(*ast.Ident); ok && (id.Name == "Reason" || id.Name == "Type" || id.Name == "What") {
						add(x.Value)
					}
				case *ast.ReturnStmt:
					if fd, ok := d.(*ast.FuncDecl); ok && (strings.HasSuffix(fd.Name.Name, "Problem") || strings.HasSuffix(fd.Name.Name, "Mismatch")) {
						for _, r := range x.Results {
							add(r)
						}
					}
				case *ast.AssignStmt:
					for i, l := range x.Lhs {
						if id, ok := l.(*ast.Ident); ok && id.Name == "reason" && i < len(x.Rhs) {
							add(x.Rhs[i])
						}
					}
				case *ast.CallExpr:
					if f, ok := wrapFormat(x); ok {
						seen[f] = true
					}
					var at []int
					switch fn := x.Fun.(type) {
					case *ast.Ident:
						at = local[fn.Name]
						if at == nil {
							at = params[fn.Name]
						}
					case *ast.SelectorExpr:
						at = params[fn.Sel.Name]
						if at == nil {
							at = decoderReason(fn.Sel.Name)
						}
					}
					for _, i := range at {
						if i < len(x.Args) {
							add(x.Args[i])
						}
					}
				}
				return true
			})
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out, nil
}

// decoderReason returns the positions of the reason parameters of the methods of the
// decoding layer's Decoder (internal/strictjson) that the packages above it call with their
// own reasons: Fail(sentinel, value, reason), FailAt(name, sentinel, reason) and
// TypeError(want), whose want is translated inside "want %s, not %s".
func decoderReason(method string) []int {
	switch method {
	case "Fail", "FailAt":
		return []int{2}
	case "TypeError":
		return []int{0}
	}
	return nil
}

// wrapFormat returns the format of a call fmt.Errorf("%w: …", sentinel, …), its %w written
// %s, the verb the catalogue matches.
func wrapFormat(x *ast.CallExpr) (string, bool) {
	sel, ok := x.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Errorf" || len(x.Args) == 0 {
		return "", false
	}
	if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "fmt" {
		return "", false
	}
	f, ok := reasonOf(x.Args[0])
	if !ok || !strings.HasPrefix(f, "%w") {
		return "", false
	}
	return strings.ReplaceAll(f, "%w", "%s"), true
}

// reasonOf returns the reason format an expression writes, if it is built from a constant.
func reasonOf(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(x.Value)
		return s, err == nil
	case *ast.CallExpr:
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Sprintf" && len(x.Args) > 0 {
			return reasonOf(x.Args[0])
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			l, lok := reasonOf(x.X)
			r, rok := reasonOf(x.Y)
			switch {
			case lok && rok:
				return l + r, true
			case lok:
				return l + "%s", true
			case rok:
				return "%s" + r, true
			}
		}
	case *ast.ParenExpr:
		return reasonOf(x.X)
	}
	return "", false
}

// record notes in params the positions of the reason parameters of the function name of
// type ft.
func record(params map[string][]int, name string, ft *ast.FuncType) {
	if ft.Params == nil {
		return
	}
	var names []string
	for _, f := range ft.Params.List {
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
	}
	for i, n := range names {
		if n == "reason" || n == "typ" || n == "what" {
			params[name] = append(params[name], i)
		}
	}
	if len(params[name]) == 0 {
		for i, n := range names {
			if n == "format" && i > 0 {
				params[name] = append(params[name], i)
			}
		}
	}
}
