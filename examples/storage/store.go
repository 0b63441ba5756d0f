package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// errNotFound reports a network that is not in the database.
var errNotFound = errors.New("not found")

// store keeps networks, applications and grants in the tables of schemaSQL, through
// database/sql. Every write runs in one transaction: a failed save stores nothing.
type store struct {
	db *sql.DB
}

// openStore connects to the PostgreSQL server of dsn (a key=value or URL connection string)
// with the tables in the PostgreSQL schema named schema, which it creates if it is missing.
func openStore(ctx context.Context, dsn, schema string) (*store, error) {
	if schema == "" {
		return nil, errors.New("storage: empty schema name")
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("storage: connection string: %w", err)
	}
	// Every connection of the pool gets the schema as its search path, so the queries need
	// no schema prefix.
	cfg.RuntimeParams["search_path"] = schema
	db := stdlib.OpenDB(*cfg)
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA IF NOT EXISTS "+pgx.Identifier{schema}.Sanitize()); err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: creating schema %q: %w", schema, err)
	}
	return &store{db: db}, nil
}

// Close closes the connections.
func (s *store) Close() error { return s.db.Close() }

// serverVersion returns the server's version string, e.g. "PostgreSQL 15.18 (Debian …) …".
func (s *store) serverVersion(ctx context.Context) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT version()").Scan(&v)
	return v, err
}

// reset drops the tables if they exist and creates them empty.
func (s *store) reset(ctx context.Context) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, dropSQL); err != nil {
			return fmt.Errorf("storage: dropping tables: %w", err)
		}
		if _, err := tx.ExecContext(ctx, schemaSQL); err != nil {
			return fmt.Errorf("storage: creating tables: %w", err)
		}
		return nil
	})
}

// inTx runs fn in a transaction, committed if fn succeeds and rolled back otherwise.
func (s *store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback() // the error of fn is the one to report
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storage: commit: %w", err)
	}
	return nil
}

// execer is what the save methods need of a *sql.Tx.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// queryEach runs query and calls scan for each row; scan reads the row with rows.Scan.
func (s *store) queryEach(ctx context.Context, what, query string, args []any, scan func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("storage: reading %s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("storage: reading %s: %w", what, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("storage: reading %s: %w", what, err)
	}
	return nil
}
