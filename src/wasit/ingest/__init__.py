"""Reading inputs: files, directories, stdin; encodings; web pages' main text and date."""

from wasit.ingest.encoding import decode_bytes, detect_encoding
from wasit.ingest.items import InputDoc, Skipped
from wasit.ingest.prepare import to_doc
from wasit.ingest.readers import InputReader, input_kind

__all__ = ["InputDoc", "InputReader", "Skipped", "decode_bytes", "detect_encoding", "input_kind", "to_doc"]
