package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/laeringsnettverk/sdk/examples/internal/errlang"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

// dsnEnv names the environment variable that holds the default connection string; .ci/postgres
// prints it.
const dsnEnv = "LNET_TEST_POSTGRES_DSN"

func main() {
	dsn := flag.String("dsn", os.Getenv(dsnEnv), "PostgreSQL connection string (default $"+dsnEnv+")")
	schema := flag.String("schema", "lnet_example", "PostgreSQL schema for the tables (created if missing; its tables are recreated)")
	langTag := flag.String("lang", "nb", `language of the output: "nb", "nn" or "en"`)
	flag.Parse()
	if err := main1(*dsn, *schema, *langTag); err != nil {
		fmt.Fprintln(os.Stderr, "storage:", errlang.Text(err, os.Args[1:]))
		os.Exit(1)
	}
}

func main1(dsn, schema, langTag string) error {
	lang, err := lnet.ParseLanguage(langTag)
	if err != nil {
		return err
	}
	if dsn == "" {
		return fmt.Errorf("no database: pass -dsn or set %s (eval \"$(bash .ci/postgres)\" starts a local server)", dsnEnv)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()

	st, err := openStore(ctx, dsn, schema)
	if err != nil {
		return err
	}
	defer st.Close()
	version, err := st.serverVersion(ctx)
	if err != nil {
		return fmt.Errorf("connecting: %w", err)
	}
	fmt.Fprintf(os.Stderr, "storage: %s, schema %s\n", version, schema)
	return run(ctx, st, lang, os.Stdout)
}

// run recreates the tables, stores the Hordaland 2018 network, two applications and a grant,
// reads them back and writes them to w.
func run(ctx context.Context, st *store, lang lnet.Language, w io.Writer) error {
	if err := st.reset(ctx); err != nil {
		return err
	}
	network := seeds.Hordaland2018()
	if err := st.saveNetwork(ctx, network); err != nil {
		return err
	}
	for _, a := range hordalandApplications() {
		if err := st.saveApplication(ctx, a); err != nil {
			return err
		}
	}
	if err := st.saveGrant(ctx, hordalandGrant()); err != nil {
		return err
	}

	n, err := st.loadNetwork(ctx, network.ID)
	if err != nil {
		return err
	}
	apps, err := st.loadApplications(ctx, network.ID)
	if err != nil {
		return err
	}
	grants, err := st.loadGrants(ctx, network.ID)
	if err != nil {
		return err
	}
	return writeStored(w, lang, n, apps, grants)
}
