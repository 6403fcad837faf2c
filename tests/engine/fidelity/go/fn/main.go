// SPDX-License-Identifier: MIT

// The fidelity tests' function: a provided.al2023 bootstrap built with AWS's
// own runtime client (aws-lambda-go), so that Bullpen and the Runtime
// Interface Emulator are compared with the client real functions use rather
// than with Bullpen's own bootstraps. The event's "action" picks what the
// handler does; FIDELITY_INIT picks what the init phase does.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

type request struct {
	Action  string          `json:"action"`
	SleepMs int             `json:"sleepMs"`
	Size    int             `json:"size"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data"`
}

type reply struct {
	Action         string          `json:"action"`
	Data           json.RawMessage `json:"data,omitempty"`
	RequestID      string          `json:"requestId"`
	FunctionArn    string          `json:"functionArn"`
	FunctionName   string          `json:"functionName"`
	Version        string          `json:"version"`
	MemoryMB       int             `json:"memoryMB"`
	LogGroup       string          `json:"logGroup"`
	RemainingMs    int64           `json:"remainingMs"`
	DeadlineMs     int64           `json:"deadlineMs"`
	Pid            int             `json:"pid"`
	Invocations    int             `json:"invocations"`
	TraceID        string          `json:"traceId"`
	RuntimeAPISeen bool            `json:"runtimeApiSet"`
	MainStartedUs  int64           `json:"mainStartedUs"`
	HandledUs      int64           `json:"handledUs"`
}

// A function error with a type name of its own, as user code returns them.
type OrderError struct{ Reason string }

func (e *OrderError) Error() string { return "order rejected: " + e.Reason }

var (
	invocations int
	// When main() began, on the wall clock the engine shares: the fidelity
	// tests place Bullpen's Init Duration against it.
	mainStarted = time.Now()
)

func handle(ctx context.Context, req request) (any, error) {
	handled := time.Now()
	invocations++
	lc, _ := lambdacontext.FromContext(ctx)
	deadline, _ := ctx.Deadline()
	fmt.Printf("fidelity: action %q in pid %d\n", req.Action, os.Getpid())
	switch req.Action {
	case "error":
		return nil, &OrderError{Reason: req.Message}
	case "panic":
		panic("fidelity panic: " + req.Message)
	case "exit":
		fmt.Println("fidelity: exiting with status 3 during the invocation")
		os.Exit(3)
	case "exitAfter":
		// Answers, then exits between invocations (after the runtime client
		// has asked for the next one).
		go func() {
			time.Sleep(time.Duration(req.SleepMs) * time.Millisecond)
			os.Exit(0)
		}()
	case "sleep":
		time.Sleep(time.Duration(req.SleepMs) * time.Millisecond)
	case "big":
		return strings.Repeat("x", req.Size), nil
	}
	r := reply{
		Action:         req.Action,
		Data:           req.Data,
		FunctionName:   lambdacontext.FunctionName,
		Version:        lambdacontext.FunctionVersion,
		MemoryMB:       lambdacontext.MemoryLimitInMB,
		LogGroup:       lambdacontext.LogGroupName,
		DeadlineMs:     deadline.UnixMilli(),
		RemainingMs:    time.Until(deadline).Milliseconds(),
		Pid:            os.Getpid(),
		Invocations:    invocations,
		TraceID:        os.Getenv("_X_AMZN_TRACE_ID"),
		RuntimeAPISeen: os.Getenv("AWS_LAMBDA_RUNTIME_API") != "",
		MainStartedUs:  mainStarted.UnixMicro(),
		HandledUs:      handled.UnixMicro(),
	}
	if lc != nil {
		r.RequestID = lc.AwsRequestID
		r.FunctionArn = lc.InvokedFunctionArn
	}
	return r, nil
}

// reportInitError posts to /runtime/init/error as AWS's Python and Node.js
// clients do when the handler's module cannot be imported (aws-lambda-go has
// no such call: a Go function that cannot start just exits).
func reportInitError() {
	body := []byte(`{"errorMessage":"Unable to import module 'app': No module named 'missing'","errorType":"Runtime.ImportModuleError","stackTrace":[]}`)
	url := "http://" + os.Getenv("AWS_LAMBDA_RUNTIME_API") + "/2018-06-01/runtime/init/error"
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Lambda-Runtime-Function-Error-Type", "Runtime.ImportModuleError")
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
	}
}

func main() {
	fmt.Printf("fidelity: init in pid %d\n", os.Getpid())
	if ms, err := strconv.Atoi(os.Getenv("FIDELITY_INIT_SLEEP_MS")); err == nil && ms > 0 {
		time.Sleep(time.Duration(ms) * time.Millisecond)
	}
	switch os.Getenv("FIDELITY_INIT") {
	case "exit":
		fmt.Fprintln(os.Stderr, "fidelity: init failed, exiting with status 1")
		os.Exit(1)
	case "report":
		fmt.Fprintln(os.Stderr, "[ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'missing'")
		reportInitError()
		os.Exit(1)
	}
	lambda.Start(handle)
}
