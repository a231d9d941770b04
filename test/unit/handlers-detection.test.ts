import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeTranscript } from '../../client/src/transcriptDetection';
import { CALL } from '../lsp/callFixture';

test('a Name: text call is offered transcript mode; prose, code and empty files are not', () => {
  assert.equal(looksLikeTranscript(CALL), true);
  assert.equal(looksLikeTranscript('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Operator>Good day and welcome.\n\n00:00:05.000 --> 00:00:09.000\n<v Speaker 1>Thank you, operator.\n'), true);
  assert.equal(looksLikeTranscript('Shopping list\n\nmilk, eggs, bread\nremember to call the plumber about the sink.\n'), false);
  assert.equal(looksLikeTranscript('function f(x) {\n  return x + 1;\n}\n'), false);
  assert.equal(looksLikeTranscript(''), false);
});
