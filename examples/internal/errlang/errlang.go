// Package errlang writes a command's error in the language its -lang flag asks for, with
// [lnet.ErrorText]: a command calls [Text] at the one place it prints an error.
package errlang

import (
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Lang returns the language the command line args ask for with -lang (or --lang), as
// "-lang nn" or "-lang=nn"; the last one counts, as with package flag. Without one, or with a
// tag that is not a language, it is bokmål, the commands' default. Arguments after "--" are
// not read.
func Lang(args []string) lnet.Language {
	lang := lnet.Bokmal
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		name := strings.TrimLeft(a, "-")
		var value string
		switch {
		case name == "lang" && i+1 < len(args):
			i++
			value = args[i]
		case strings.HasPrefix(name, "lang="):
			value = strings.TrimPrefix(name, "lang=")
		default:
			continue
		}
		if l, err := lnet.ParseLanguage(value); err == nil {
			lang = l
		}
	}
	return lang
}

// Text returns err in the language args ask for (see [Lang]).
func Text(err error, args []string) string { return lnet.ErrorText(err, Lang(args)) }
