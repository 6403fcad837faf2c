// A streaming handler for tests/engine/streaming: writes event.chunks chunks
// ("chunk k\n"); after each one but the last it waits until the test opens
// gate k (GET {event.gate}/k answers), so chunk k+1 cannot be written before
// the test has seen chunk k. event.http: a function URL response through
// HttpResponseStream.from (status 201, a header, a cookie); event.fail: throws
// after the chunks; event.contentType: the stream's type.
import http from 'node:http';

const gate = (base, k) => new Promise((resolve, reject) => {
  http.get(`${base}/${k}`, (response) => {
    response.resume();
    response.on('end', resolve);
  }).on('error', reject);
});

export const handler = awslambda.streamifyResponse(async (event, responseStream, context) => {
  let stream = responseStream;
  if (event.contentType) stream.setContentType(event.contentType);
  if (event.http) {
    stream = awslambda.HttpResponseStream.from(responseStream, {
      statusCode: 201,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Bullpen': 'streamed' },
      cookies: ['flavour=oat'],
    });
  }
  console.log(`streaming ${event.chunks} chunks for ${context.awsRequestId}`);
  for (let k = 0; k < event.chunks; ++k) {
    stream.write(`chunk ${k}\n`);
    if (event.gate && k + 1 < event.chunks) await gate(event.gate, k);
  }
  if (event.fail) throw new Error('boom after the chunks');
  stream.end();
});

// Not streamed: a plain handler in the same module.
export const plain = async (event) => ({ plain: true, echo: event });
