import { sniffImage } from '../avatar/image-sniff';

const b64 = (text: string) => Buffer.from(text, 'base64');

describe('sniffImage', () => {
  it('recognises PNG and GIF with their dimensions', () => {
    expect(
      sniffImage(
        b64(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        ),
      ),
    ).toEqual({
      contentType: 'image/png',
      width: 1,
      height: 1,
    });
    expect(sniffImage(b64('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'))).toEqual({
      contentType: 'image/gif',
      width: 1,
      height: 1,
    });
  });

  it('reads JPEG dimensions from the start-of-frame segment after other segments', () => {
    const jpeg = Buffer.from([
      0xff,
      0xd8,
      0xff,
      0xe0,
      0x00,
      0x04,
      0x00,
      0x00, // SOI, APP0 of length 4
      0xff,
      0xc0,
      0x00,
      0x11,
      0x08,
      0x01,
      0x2c,
      0x02,
      0x58,
      0x03, // SOF0: 8 bit, height 300, width 600
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(sniffImage(jpeg)).toEqual({ contentType: 'image/jpeg', width: 600, height: 300 });
  });

  it('reads WebP (VP8X) dimensions', () => {
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'ascii');
    webp.write('WEBPVP8X', 8, 'ascii');
    webp.writeUIntLE(1023, 24, 3);
    webp.writeUIntLE(511, 27, 3);
    expect(sniffImage(webp)).toEqual({ contentType: 'image/webp', width: 1024, height: 512 });
  });

  it('refuses HTML, SVG and empty input whatever they are called', () => {
    expect(
      sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
    ).toBeNull();
    expect(sniffImage(Buffer.from('<!doctype html><script>x</script>'))).toBeNull();
    expect(sniffImage(Buffer.alloc(0))).toBeNull();
  });
});
