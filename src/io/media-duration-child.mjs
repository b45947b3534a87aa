// Run by media-file.ts in a child process, since music-metadata is async and loading a deck is not:
// prints the media file's duration (seconds) and container, as music-metadata reads them, or why not.
import { parseFile } from 'music-metadata';

try {
  const { format } = await parseFile(process.argv[2], { duration: true, skipCovers: true });
  process.stdout.write(JSON.stringify({ duration: format.duration ?? null, container: format.container ?? null }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
}
