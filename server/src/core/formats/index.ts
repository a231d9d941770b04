// Every format reader; the segmenter picks the one whose detector scores highest.
import type { FormatReader } from './format';
import { bloombergReader } from './bloomberg';
import { factSetReader } from './factset';
import { flatScrapedReader } from './flatScraped';
import { motleyFoolReader } from './motleyFool';
import { nameColonReader } from './nameColon';
import { recorderExportReader } from './recorderExport';
import { refinitivReader } from './refinitiv';
import { seekingAlphaReader } from './seekingAlpha';
import { srtReader } from './srt';
import { webvttReader } from './webvtt';

export const FORMAT_READERS: readonly FormatReader[] = [
  webvttReader,
  srtReader,
  refinitivReader,
  bloombergReader,
  factSetReader,
  motleyFoolReader,
  seekingAlphaReader,
  flatScrapedReader,
  recorderExportReader,
  nameColonReader,
];
