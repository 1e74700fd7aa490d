package org.fupinflow.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A request whose body was read by a filter, handed on so that the engine REST API reads it again. */
final class CachedBodyRequest extends HttpServletRequestWrapper {
  private final byte[] body;

  CachedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  @Override
  public ServletInputStream getInputStream() {
    var in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override public boolean isFinished() { return in.available() == 0; }
      @Override public boolean isReady() { return true; }
      @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
      @Override public int read() { return in.read(); }
      @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
    };
  }

  @Override
  public BufferedReader getReader() {
    var charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(getCharacterEncoding());
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  /** The request with its body read once: the same wrapper when a filter before has read it already. */
  static CachedBodyRequest of(HttpServletRequest request) throws IOException {
    return request instanceof CachedBodyRequest cached ? cached
        : new CachedBodyRequest(request, request.getInputStream().readAllBytes());
  }

  byte[] body() {
    return body;
  }
}
