//! `cargo xtask serve`: a small static file server for `dist/` on 127.0.0.1.
//!
//! GET and HEAD only, correct MIME types (`application/wasm` for streaming compilation), no
//! path outside the served folder (no `..`, no symlink escapes, no dotfiles). One thread per
//! connection, `Connection: close`: enough for a person and a browser test, nothing more.

use crate::util::Result;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How many ports past the asked one to try when it is taken.
const PORT_TRIES: u16 = 50;
/// Request headers larger than this are refused.
const MAX_HEADER_BYTES: usize = 16 * 1024;

/// Bind 127.0.0.1:`port`, or the next free port.
pub fn bind(port: u16) -> Result<TcpListener> {
    let mut last_error = None;
    for candidate in port..=port.saturating_add(PORT_TRIES) {
        match TcpListener::bind(("127.0.0.1", candidate)) {
            Ok(listener) => {
                if candidate != port {
                    crate::util::note(&format!("port {port} is taken; using {candidate}"));
                }
                return Ok(listener);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => last_error = Some(e),
            Err(e) => return Err(format!("cannot listen on 127.0.0.1:{candidate}: {e}")),
        }
    }
    Err(format!(
        "no free port in {port}..={}: {}",
        port.saturating_add(PORT_TRIES),
        last_error.map_or_else(String::new, |e| e.to_string())
    ))
}

/// Serve `dir` on `listener` until the process is stopped (Ctrl-C).
pub fn serve(listener: TcpListener, dir: &Path) -> Result {
    let root = dir
        .canonicalize()
        .map_err(|e| format!("cannot serve {}: {e}", dir.display()))?;
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let root = root.clone();
        std::thread::spawn(move || {
            // A client hanging up mid-response is not our problem.
            let _ = handle(stream, &root);
        });
    }
    Ok(())
}

fn handle(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;
    let Some(request_line) = read_request_head(&stream)? else {
        return respond(&mut stream, 400, "text/plain", b"bad request\n", true);
    };
    let mut parts = request_line.split_ascii_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let head_only = method == "HEAD";
    if method != "GET" && !head_only {
        let body = b"only GET and HEAD\n";
        let headers = format!(
            "HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Type: text/plain\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(headers.as_bytes())?;
        return stream.write_all(body);
    }
    let status = match resolve(root, target) {
        Resolved::File(path) => match std::fs::read(&path) {
            Ok(body) => {
                let name = path.to_string_lossy();
                respond(&mut stream, 200, &content_type(&name), &body, head_only)?;
                200
            }
            Err(_) => {
                respond(&mut stream, 404, "text/plain", b"not found\n", head_only)?;
                404
            }
        },
        Resolved::Redirect(location) => {
            let headers = format!(
                "HTTP/1.1 301 Moved Permanently\r\nLocation: {location}\r\nContent-Length: 0\r\n\
                 Connection: close\r\n\r\n"
            );
            stream.write_all(headers.as_bytes())?;
            301
        }
        Resolved::NotFound => {
            respond(&mut stream, 404, "text/plain", b"not found\n", head_only)?;
            404
        }
        Resolved::Forbidden => {
            respond(&mut stream, 403, "text/plain", b"forbidden\n", head_only)?;
            403
        }
        Resolved::BadRequest => {
            respond(&mut stream, 400, "text/plain", b"bad request\n", head_only)?;
            400
        }
    };
    println!("{method} {target} {status}");
    Ok(())
}

/// Read the request line and skip the headers; `None` when malformed or too large.
fn read_request_head(stream: &TcpStream) -> std::io::Result<Option<String>> {
    let mut reader = BufReader::new(stream.take(MAX_HEADER_BYTES as u64));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line)? == 0 {
        return Ok(None);
    }
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            // Headers cut off (too large or the client went away).
            return Ok(None);
        }
        if line == "\r\n" || line == "\n" {
            return Ok(Some(request_line.trim_end().to_string()));
        }
    }
}

fn respond(
    stream: &mut TcpStream,
    status: u16,
    content_type: &str,
    body: &[u8],
    head_only: bool,
) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        _ => "Not Found",
    };
    let headers = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(headers.as_bytes())?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[derive(Debug, PartialEq, Eq)]
enum Resolved {
    File(PathBuf),
    /// A folder asked for without its trailing slash: relative URLs need it.
    Redirect(String),
    NotFound,
    Forbidden,
    BadRequest,
}

/// Map a request target to a file under `root` (already canonical).
fn resolve(root: &Path, target: &str) -> Resolved {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return Resolved::BadRequest;
    }
    let Some(decoded) = percent_decode(path) else {
        return Resolved::BadRequest;
    };
    let mut file = root.to_path_buf();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            _ if segment.starts_with('.') || segment.contains(['\\', '\0', ':']) => {
                return Resolved::Forbidden
            }
            _ => file.push(segment),
        }
    }
    if file.is_dir() {
        if !decoded.ends_with('/') {
            return Resolved::Redirect(format!("{path}/"));
        }
        file.push("index.html");
    }
    // Symlinks must not lead out of the served folder.
    match file.canonicalize() {
        Ok(real) if !real.starts_with(root) => Resolved::Forbidden,
        Ok(real) if real.is_file() => Resolved::File(real),
        _ => Resolved::NotFound,
    }
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = path.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The MIME type of a file, by extension (without parameters; usable in data: URIs).
pub fn mime(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html",
        "css" => "text/css",
        "js" | "mjs" => "text/javascript",
        "wasm" => "application/wasm",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "txt" | "ts" => "text/plain",
        "md" => "text/markdown",
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xml" => "application/xml",
        _ => "application/octet-stream",
    }
}

/// The `Content-Type` header: text types say their charset.
fn content_type(path: &str) -> String {
    let mime = mime(path);
    if mime.starts_with("text/") || mime == "image/svg+xml" || mime == "application/json" {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("pkg")).expect("mkdir");
        std::fs::write(dir.join("index.html"), "<!doctype html><title>t</title>").expect("write");
        std::fs::write(dir.join("pkg/a b.wasm"), b"\0asm\x01\0\0\0").expect("write");
        std::fs::write(dir.join(".secret"), "no").expect("write");
        dir.canonicalize().expect("canonical")
    }

    fn get(addr: std::net::SocketAddr, request: &str) -> String {
        let mut stream = TcpStream::connect(addr).expect("connects");
        stream.write_all(request.as_bytes()).expect("writes");
        let mut response = Vec::new();
        stream.read_to_end(&mut response).expect("reads");
        String::from_utf8_lossy(&response).into_owned()
    }

    #[test]
    fn resolves_inside_the_root_only() {
        let root = site("resolve");
        assert_eq!(resolve(&root, "/"), Resolved::File(root.join("index.html")));
        assert_eq!(
            resolve(&root, "/index.html?x=1#y"),
            Resolved::File(root.join("index.html"))
        );
        assert_eq!(
            resolve(&root, "/pkg/a%20b.wasm"),
            Resolved::File(root.join("pkg/a b.wasm"))
        );
        assert_eq!(resolve(&root, "/pkg"), Resolved::Redirect("/pkg/".into()));
        assert_eq!(resolve(&root, "/pkg/"), Resolved::NotFound);
        for bad in [
            "/../etc/passwd",
            "/pkg/../../x",
            "/%2e%2e/x",
            "/.secret",
            "/a\\b",
        ] {
            assert_eq!(resolve(&root, bad), Resolved::Forbidden, "{bad}");
        }
        assert_eq!(resolve(&root, "relative"), Resolved::BadRequest);
        assert_eq!(resolve(&root, "/%zz"), Resolved::BadRequest);
        assert_eq!(resolve(&root, "/missing.js"), Resolved::NotFound);
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn serves_files_with_their_types() {
        let root = site("serve");
        let listener = TcpListener::bind(("127.0.0.1", 0)).expect("binds");
        let addr = listener.local_addr().expect("addr");
        let dir = root.clone();
        std::thread::spawn(move || serve(listener, &dir));

        let index = get(addr, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assert!(index.starts_with("HTTP/1.1 200 OK\r\n"), "{index}");
        assert!(index.contains("Content-Type: text/html; charset=utf-8\r\n"));
        assert!(index.ends_with("<title>t</title>"));

        let wasm = get(addr, "HEAD /pkg/a%20b.wasm HTTP/1.1\r\n\r\n");
        assert!(
            wasm.contains("Content-Type: application/wasm\r\n"),
            "{wasm}"
        );
        assert!(wasm.contains("Content-Length: 8\r\n"));
        assert!(wasm.ends_with("\r\n\r\n"), "HEAD has no body");

        let post = get(addr, "POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        assert!(post.starts_with("HTTP/1.1 405"), "{post}");
        assert!(post.contains("Allow: GET, HEAD"));

        assert!(get(addr, "GET /../Cargo.toml HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 403"));
        assert!(get(addr, "GET /nope HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 404"));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn mime_types() {
        assert_eq!(mime("pkg/x_bg.wasm"), "application/wasm");
        assert_eq!(mime("app.JS"), "text/javascript");
        assert_eq!(content_type("style.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("x.wasm"), "application/wasm");
        assert_eq!(mime("resume-analyzer.d.ts"), "text/plain");
        assert_eq!(mime("noext"), "application/octet-stream");
    }
}
