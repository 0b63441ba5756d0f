package hostile_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/internal/hostile"
)

func TestAllocated(t *testing.T) {
	var sink []byte
	n, p := hostile.Allocated(func() { sink = make([]byte, 1<<20) })
	assert.GreaterOrEqual(t, n, uint64(1<<20))
	assert.Nil(t, p)
	assert.Len(t, sink, 1<<20)
	_, p = hostile.Allocated(func() { panic("boom") })
	assert.Equal(t, "boom", p)
}

func TestRepeatTo(t *testing.T) {
	s := hostile.RepeatTo(1000, "[", "{}", "]")
	assert.InDelta(t, 1000, len(s), 3)
	assert.True(t, strings.HasPrefix(s, "[{},{}") && strings.HasSuffix(s, "{}]"))
	assert.Equal(t, "[{}]", hostile.RepeatTo(0, "[", "{}", "]"))
}
