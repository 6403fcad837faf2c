// SPDX-License-Identifier: MIT

// sdkclient calls `bullpen serve` as a Go program would call Lambda: through
// aws-sdk-go-v2's Lambda client, signed with SigV4, with the endpoint pointed
// at serve (tests/engine/aws/tst_servesigv4). It prints one JSON object with
// what each call returned, or the API error's code, so the test can compare.
//
//	sdkclient ENDPOINT REGION KEY SECRET
package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
	"github.com/aws/smithy-go"
)

func client(endpoint, region, key, secret string) *lambda.Client {
	return lambda.New(lambda.Options{
		BaseEndpoint:     aws.String(endpoint),
		Region:           region,
		Credentials:      credentials.NewStaticCredentialsProvider(key, secret, ""),
		RetryMaxAttempts: 1,
	})
}

func errorCode(err error) string {
	var apiErr smithy.APIError
	if errors.As(err, &apiErr) {
		return apiErr.ErrorCode()
	}
	return "not an API error: " + err.Error()
}

func main() {
	if len(os.Args) != 5 {
		fmt.Fprintln(os.Stderr, "usage: sdkclient ENDPOINT REGION KEY SECRET")
		os.Exit(2)
	}
	endpoint, region, key, secret := os.Args[1], os.Args[2], os.Args[3], os.Args[4]
	ctx := context.Background()
	c := client(endpoint, region, key, secret)
	out := map[string]any{}
	fail := func(what string, err error) {
		fmt.Fprintf(os.Stderr, "sdkclient: %s: %v\n", what, err)
		os.Exit(1)
	}

	// RequestResponse, with the tail of the logs.
	r, err := c.Invoke(ctx, &lambda.InvokeInput{
		FunctionName: aws.String("ApiEcho"),
		Payload:      []byte(`{"from": "aws-sdk-go-v2"}`),
		LogType:      types.LogTypeTail,
	})
	if err != nil {
		fail("Invoke RequestResponse", err)
	}
	var payload any
	if err := json.Unmarshal(r.Payload, &payload); err != nil {
		fail("the payload", err)
	}
	tail, _ := base64.StdEncoding.DecodeString(aws.ToString(r.LogResult))
	out["payload"] = payload
	out["status"] = r.StatusCode
	out["version"] = aws.ToString(r.ExecutedVersion)
	out["tail"] = strings.Contains(string(tail), "REPORT RequestId: ")

	// A function error.
	r, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("ApiFailing"), Payload: []byte(`{"x": 2}`)})
	if err != nil {
		fail("Invoke ApiFailing", err)
	}
	out["functionError"] = aws.ToString(r.FunctionError)

	// Event and DryRun.
	r, err = c.Invoke(ctx, &lambda.InvokeInput{
		FunctionName:   aws.String("ApiEcho"),
		InvocationType: types.InvocationTypeEvent,
		Payload:        []byte(`{}`),
	})
	if err != nil {
		fail("Invoke Event", err)
	}
	out["event"] = r.StatusCode
	r, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("ApiEcho"), InvocationType: types.InvocationTypeDryRun})
	if err != nil {
		fail("Invoke DryRun", err)
	}
	out["dryRun"] = r.StatusCode

	// ListFunctions and GetFunction.
	list, err := c.ListFunctions(ctx, &lambda.ListFunctionsInput{})
	if err != nil {
		fail("ListFunctions", err)
	}
	names := []string{}
	for _, f := range list.Functions {
		names = append(names, aws.ToString(f.FunctionName))
	}
	out["functions"] = names
	got, err := c.GetFunction(ctx, &lambda.GetFunctionInput{FunctionName: aws.String("ApiSleeper")})
	if err != nil {
		fail("GetFunction", err)
	}
	out["handler"] = aws.ToString(got.Configuration.Handler)
	out["arn"] = aws.ToString(got.Configuration.FunctionArn)

	// Not found, and a wrong secret: AWS's errors as the SDK reads them.
	_, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("Nope"), Payload: []byte(`{}`)})
	out["notFound"] = errorCode(err)
	_, err = client(endpoint, region, key, "not-the-secret").Invoke(ctx,
		&lambda.InvokeInput{FunctionName: aws.String("ApiEcho"), Payload: []byte(`{}`)})
	out["wrongSecret"] = errorCode(err)

	text, _ := json.Marshal(out)
	fmt.Println(string(text))
}
