// SPDX-License-Identifier: MIT
#pragma once

// Shared by the libFuzzer harnesses of tests/fuzz (one executable per target,
// each defining LLVMFuzzerTestOneInput). Built with -fsanitize=fuzzer in the
// `fuzz` preset; elsewhere the same harness links replaymain.cpp, which runs
// the committed corpus once, so that the regression inputs run in every build.

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QHttpHeaders>
#include <QString>
#include <QUrl>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

class QTcpServer;

namespace Bullpen::Fuzz {

// The process's QCoreApplication (made on first use; the servers need an event loop).
void ensureApplication();

// Splits an input into parts at a line holding only "----" (the corpus files
// stay readable), at most maxParts (the last part keeps the rest).
QByteArrayList parts(QByteArrayView input, int maxParts);

// template.yaml in a scratch project folder (made once, removed at exit) that
// has the code and layer folders the corpus's templates name, so that their
// functions load and the reader goes past CodeUri.
QString templatePath();

// A deterministic choice from the input's bytes (FNV-1a), for harnesses that
// pick among a fixed set of operations without spending input bytes on it.
quint32 hashOf(QByteArrayView input);

// A request written as text, as QtHttpServer would hand it over: the first line
// "METHOD TARGET [HTTP/1.1]", header lines "Name: value" (a line that starts
// with white space continues the one before; names QHttpHeaders refuses are
// dropped, as the server refuses them), a blank line, the body. '\r' before
// '\n' is optional. The pure harnesses feed it to the same conversion the
// servers use (GatewayRequest::fromHttp, sigV4Request).
struct HttpText
{
    QByteArray method;
    QUrl url;
    QHttpHeaders headers;
    QByteArray body;
};
HttpText httpText(QByteArrayView text);

// Sends bytes on a fresh loopback connection to port, half-closes it and runs
// the event loop until the server has closed the connection (it sees end of
// input, answers what it read and closes). Returns what the server sent.
// This is how a client feeds a whole HTTP exchange to the real server code:
// the guard, QtHttpServer's parser and the server's own handling.
QByteArray exchange(quint16 port, QByteArrayView bytes);

} // namespace Bullpen::Fuzz

// What a harness defines (libFuzzer's entry point).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
