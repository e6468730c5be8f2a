//! Cleaning of handover photos uploaded by organizers.
//!
//! A photo taken with a phone carries EXIF (camera, owner, time), GPS
//! coordinates, XMP and comments. Publishing it as uploaded could reveal who
//! took it and where, so nothing of the upload is ever stored as is: it is
//! decoded to bare pixels and re-encoded as a fresh JPEG that holds no
//! metadata at all. Bad uploads are refused before anything is stored.
//!
//! The format is told by the bytes (magic numbers), never by a file name or a
//! content type, and the dimensions are read from the header before any pixel
//! is decoded, so that a small file declaring a huge picture (a decompression
//! bomb) is refused without allocating for it.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::{self, FilterType};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits, RgbImage};

/// Largest upload accepted, in bytes.
pub const MAX_BYTES: usize = 15 * 1024 * 1024;
/// Longest side of a stored photo, in pixels.
pub const MAX_SIDE: u32 = 2_000;
/// Most pixels an upload may declare (width × height) before it is decoded: a decompression bomb is refused from its header.
pub const MAX_PIXELS: u64 = 50_000_000;

/// Longest side an upload may declare: no phone makes a wider picture, and a
/// 50,000 × 1 strip would pass the pixel count yet still be abusive.
const MAX_DECLARED_SIDE: u32 = 20_000;
/// Ceiling on the decoder's allocations. 50 Mpx of 16-bit RGBA is 400 MB, so
/// a genuine upload always fits; this is the second fence behind the header
/// check, set on the decoder itself.
const MAX_ALLOC: u64 = 512 * 1024 * 1024;
/// JPEG quality of the stored copy: good for photos, a fraction of the size.
const JPEG_QUALITY: u8 = 85;

/// A photo ready to be stored: a metadata-free JPEG and its size in pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanPhoto {
    /// The re-encoded JPEG (baseline, quality 85, only a JFIF header).
    pub jpeg: Vec<u8>,
    /// Width of `jpeg` in pixels, after orientation and shrinking.
    pub width: u32,
    /// Height of `jpeg` in pixels, after orientation and shrinking.
    pub height: u32,
}

/// Why an upload was refused. Nothing is stored in any of these cases.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PhotoError {
    /// The upload is larger than [`MAX_BYTES`].
    #[error("upload larger than {MAX_BYTES} bytes")]
    TooLarge,
    /// A HEIC/HEIF (or AVIF) picture, as iPhones and some Android phones
    /// save by default: we cannot decode it, the organizer should send JPEG.
    #[error("HEIC/HEIF/AVIF upload, not supported")]
    Heic,
    /// By its content, not JPEG, PNG or WebP.
    #[error("upload is not a JPEG, PNG or WebP image")]
    NotAnImage,
    /// The header declares more than [`MAX_PIXELS`], or a side longer than 20,000 px.
    #[error("image declares {width}×{height} pixels, over the limit")]
    TooManyPixels {
        /// Width declared by the upload's header.
        width: u32,
        /// Height declared by the upload's header.
        height: u32,
    },
    /// A JPEG, PNG or WebP that is damaged, truncated or fails to decode.
    #[error("image is damaged or could not be decoded")]
    Corrupt,
}

impl PhotoError {
    /// What the organizer reads (see the catalogs' `delivery-photo-*`).
    pub fn msg(&self) -> crate::domain::Msg {
        use crate::domain::Msg;
        match self {
            Self::TooLarge => Msg::new("delivery-photo-too-large"),
            Self::Heic => Msg::new("delivery-photo-heic"),
            Self::NotAnImage => Msg::new("delivery-photo-not-image"),
            Self::TooManyPixels { width, height } => Msg::new("delivery-photo-too-many-pixels")
                .text("width", width.to_string())
                .text("height", height.to_string()),
            Self::Corrupt => Msg::new("delivery-photo-corrupt"),
        }
    }
}

/// Decodes an upload, turns it upright by its EXIF orientation (then forgets the tag), shrinks it to MAX_SIDE, and re-encodes it as a JPEG (quality 85) with no metadata at all.
///
/// # Errors
///
/// Returns a [`PhotoError`] when the upload is too large in bytes or pixels,
/// is HEIC/HEIF/AVIF, is not a JPEG/PNG/WebP, or fails to decode.
pub fn clean(bytes: &[u8]) -> Result<CleanPhoto, PhotoError> {
    // Checked first so that an oversized body costs nothing more than its length.
    if bytes.len() > MAX_BYTES {
        return Err(PhotoError::TooLarge);
    }
    let format = sniff(bytes)?;

    // First fence: our own reading of the header, before any decoder runs,
    // so a bomb is refused with its declared size and no allocation.
    let (width, height) = declared_dimensions(format, bytes)?;
    check_dimensions(width, height)?;

    let image = decode(format, bytes, width, height)?;

    // Alpha is flattened before shrinking so that transparent pixels (often
    // black underneath) do not bleed dark fringes into their neighbours.
    let rgb = flatten_onto_white(image.pixels);
    let rgb = shrink(rgb);

    // Shrinking before rotating is equivalent (the longest side is the same
    // either way) and rotates a small buffer instead of a 50 Mpx one.
    let mut upright = DynamicImage::ImageRgb8(rgb);
    upright.apply_orientation(image.orientation);
    let rgb = upright.into_rgb8();

    // The encoder only writes a JFIF APP0 header unless told to add EXIF or
    // ICC data, which we never do: this is where the metadata is left behind.
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY)
        .encode_image(&rgb)
        // Writing to a Vec cannot fail on I/O and sides are ≤ MAX_SIDE, far
        // below JPEG's 65,535 limit; if it ever fails, the pixels are to blame.
        .map_err(|_| PhotoError::Corrupt)?;

    Ok(CleanPhoto {
        jpeg,
        width: rgb.width(),
        height: rgb.height(),
    })
}

/// The formats we decode, told from the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Jpeg,
    Png,
    WebP,
}

impl Format {
    fn image_format(self) -> ImageFormat {
        match self {
            Self::Jpeg => ImageFormat::Jpeg,
            Self::Png => ImageFormat::Png,
            Self::WebP => ImageFormat::WebP,
        }
    }
}

const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];
const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";
/// ISO-BMFF brands of HEIF-family pictures. AVIF is among them and reported
/// as [`PhotoError::Heic`], not `NotAnImage`: it comes from the same phone
/// setting and the same advice (send JPEG) fixes it.
const HEIF_BRANDS: &[&[u8; 4]] = &[
    b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif",
];

/// Tells the format from the magic numbers at the start of the upload.
fn sniff(bytes: &[u8]) -> Result<Format, PhotoError> {
    if bytes.starts_with(JPEG_MAGIC) {
        Ok(Format::Jpeg)
    } else if bytes.starts_with(PNG_MAGIC) {
        Ok(Format::Png)
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Ok(Format::WebP)
    } else if is_heif(bytes) {
        Err(PhotoError::Heic)
    } else {
        Err(PhotoError::NotAnImage)
    }
}

/// True when the upload starts with an ISO-BMFF `ftyp` box whose major brand,
/// or one of its compatible brands, is a HEIF-family picture brand. The
/// compatible brands are read too because some encoders put a generic major
/// brand first and `heic` only among the compatible ones.
fn is_heif(bytes: &[u8]) -> bool {
    if bytes.len() < 12 || &bytes[4..8] != b"ftyp" {
        return false;
    }
    let declared = be_u32(bytes, 0).map_or(0, |n| n as usize);
    let end = declared.clamp(12, bytes.len());
    let is_heif_brand = |brand: &[u8]| HEIF_BRANDS.iter().any(|b| b.as_slice() == brand);
    // Major brand at 8..12, minor version at 12..16, compatible brands after.
    is_heif_brand(&bytes[8..12])
        || bytes
            .get(16..end)
            .is_some_and(|brands| brands.chunks_exact(4).any(is_heif_brand))
}

/// Refuses a declared size over [`MAX_PIXELS`] or with a side over 20,000 px.
fn check_dimensions(width: u32, height: u32) -> Result<(), PhotoError> {
    if width == 0 || height == 0 {
        return Err(PhotoError::Corrupt);
    }
    let too_many = u64::from(width) * u64::from(height) > MAX_PIXELS
        || width > MAX_DECLARED_SIDE
        || height > MAX_DECLARED_SIDE;
    if too_many {
        Err(PhotoError::TooManyPixels { width, height })
    } else {
        Ok(())
    }
}

/// Reads width and height from the file's header without decoding anything.
///
/// Done by hand rather than through `image`'s decoders because building
/// those already parses ancillary data (PNG text and ICC chunks, EXIF) with
/// whatever limits are set, and we want the bomb check to come before any of it.
fn declared_dimensions(format: Format, bytes: &[u8]) -> Result<(u32, u32), PhotoError> {
    let found = match format {
        Format::Jpeg => jpeg_dimensions(bytes),
        Format::Png => png_dimensions(bytes),
        Format::WebP => webp_dimensions(bytes),
    };
    // The magic number matched, so a header we cannot read is a damaged file.
    found.ok_or(PhotoError::Corrupt)
}

/// PNG: the first chunk must be IHDR, with width and height big-endian.
fn png_dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    Some((be_u32(bytes, 16)?, be_u32(bytes, 20)?))
}

/// JPEG: walks the marker segments up to the first start-of-frame.
fn jpeg_dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut pos = 2; // after SOI
    loop {
        if *bytes.get(pos)? != 0xFF {
            return None;
        }
        // Any number of 0xFF fill bytes may precede a marker.
        while *bytes.get(pos)? == 0xFF {
            pos += 1;
        }
        let marker = *bytes.get(pos)?;
        pos += 1;
        match marker {
            // Markers without a length field.
            0x01 | 0xD0..=0xD8 => continue,
            // Image data or the end before any frame header: not a picture.
            0xD9 | 0xDA => return None,
            _ => {}
        }
        let length = usize::from(be_u16(bytes, pos)?);
        if length < 2 {
            return None;
        }
        // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC) which share the range.
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            // Length, precision, then height before width.
            let height = be_u16(bytes, pos + 3)?;
            let width = be_u16(bytes, pos + 5)?;
            return Some((u32::from(width), u32::from(height)));
        }
        pos += length;
    }
}

/// WebP: the first chunk of the RIFF container is VP8 (lossy), VP8L
/// (lossless) or VP8X (extended, which holds the canvas size).
fn webp_dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    let chunk = bytes.get(12..16)?;
    let payload = bytes.get(20..)?;
    match chunk {
        b"VP8 " => {
            // 3-byte frame tag, then the key frame start code.
            if payload.get(3..6)? != [0x9D, 0x01, 0x2A] {
                return None;
            }
            // 14 bits of size, 2 bits of scaling we do not need.
            let width = le_u16(payload, 6)? & 0x3FFF;
            let height = le_u16(payload, 8)? & 0x3FFF;
            Some((u32::from(width), u32::from(height)))
        }
        b"VP8L" => {
            if *payload.first()? != 0x2F {
                return None;
            }
            let bits = u32::from_le_bytes(payload.get(1..5)?.try_into().ok()?);
            Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
        }
        b"VP8X" => {
            // 4 bytes of flags, then width − 1 and height − 1 on 24 bits each.
            let width = le_u24(payload, 4)? + 1;
            let height = le_u24(payload, 7)? + 1;
            Some((width, height))
        }
        _ => None,
    }
}

fn be_u16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn le_u16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn be_u32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn le_u24(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 3)?;
    Some(u32::from(b[0]) | (u32::from(b[1]) << 8) | (u32::from(b[2]) << 16))
}

/// Decoded pixels and the orientation their EXIF tag asked for.
struct Decoded {
    pixels: DynamicImage,
    orientation: Orientation,
}

/// Decodes the pixels with `image`, its own limits set as a second fence.
fn decode(format: Format, bytes: &[u8], width: u32, height: u32) -> Result<Decoded, PhotoError> {
    // A limit error can only mean the decoder saw a bigger picture than our
    // header reading did; anything else is a file that does not decode.
    let classify = |err: ImageError| match err {
        ImageError::Limits(_) => PhotoError::TooManyPixels { width, height },
        _ => PhotoError::Corrupt,
    };

    // `Limits` is non-exhaustive: start from the defaults and tighten.
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECLARED_SIDE);
    limits.max_image_height = Some(MAX_DECLARED_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);

    let mut reader = ImageReader::with_format(Cursor::new(bytes), format.image_format());
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(classify)?;

    // The decoder's own header reading must agree with ours on the bound.
    let (w, h) = decoder.dimensions();
    check_dimensions(w, h)?;
    // `DynamicImage::from_decoder` does not reserve against `max_alloc` (only
    // `ImageReader::decode` does, and that one drops the orientation), so
    // the output buffer is checked here.
    if decoder.total_bytes() > MAX_ALLOC {
        return Err(PhotoError::TooManyPixels {
            width: w,
            height: h,
        });
    }

    // A malformed EXIF block must not cost the organizer the photo: it is
    // then shown as stored, which is what most viewers do too.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);

    // The JPEG decoder in non-strict mode fills a truncated scan with grey
    // instead of failing, so a cut-off upload is caught by its missing end.
    if format == Format::Jpeg && !jpeg_has_end(bytes) {
        return Err(PhotoError::Corrupt);
    }

    let pixels = DynamicImage::from_decoder(decoder).map_err(classify)?;
    Ok(Decoded {
        pixels,
        orientation,
    })
}

/// True when an EOI marker follows the first start-of-scan. Inside
/// entropy-coded data every 0xFF is followed by 0x00 or a restart marker, so
/// 0xFFD9 there is the real end; searching after SOS skips the EOI of the EXIF
/// thumbnail, and data appended after the end (motion photos) is allowed.
fn jpeg_has_end(bytes: &[u8]) -> bool {
    let mut pos = 2;
    // Walk the header segments to the first SOS.
    loop {
        let Some(&0xFF) = bytes.get(pos) else {
            return false;
        };
        while bytes.get(pos) == Some(&0xFF) {
            pos += 1;
        }
        let Some(&marker) = bytes.get(pos) else {
            return false;
        };
        pos += 1;
        if matches!(marker, 0x01 | 0xD0..=0xD8) {
            continue;
        }
        let Some(length) = be_u16(bytes, pos) else {
            return false;
        };
        pos += usize::from(length);
        if marker == 0xDA {
            break;
        }
    }
    bytes
        .get(pos..)
        .is_some_and(|scan| scan.windows(2).any(|w| w == [0xFF, 0xD9]))
}

/// Converts to 8-bit RGB, compositing any transparency onto white: JPEG has
/// no alpha, and a plain conversion would show whatever colour hides under
/// transparent pixels (usually black).
fn flatten_onto_white(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let mut rgb = RgbImage::new(rgba.width(), rgba.height());
    for (out, px) in rgb.pixels_mut().zip(rgba.pixels()) {
        let alpha = u16::from(px[3]);
        for c in 0..3 {
            let blended = (u16::from(px[c]) * alpha + 255 * (255 - alpha) + 127) / 255;
            // At most (255·a + 255·(255 − a) + 127) / 255 = 255: fits a u8.
            out[c] = blended as u8;
        }
    }
    rgb
}

/// Shrinks so that the longest side is at most [`MAX_SIDE`], keeping the
/// aspect ratio; smaller pictures are left alone (never enlarged).
///
/// Triangle (bilinear) filter: `image` widens its support by the scale
/// factor, so it averages all source pixels when downscaling (no aliasing on
/// banners and text), and it is two to three times faster than Lanczos3,
/// whose extra sharpness does not show at quality 85.
fn shrink(rgb: RgbImage) -> RgbImage {
    let (width, height) = rgb.dimensions();
    let longest = width.max(height);
    if longest <= MAX_SIDE {
        return rgb;
    }
    let scale = |side: u32| -> u32 {
        let scaled =
            (u64::from(side) * u64::from(MAX_SIDE) + u64::from(longest) / 2) / u64::from(longest);
        // Never below one pixel; never above MAX_SIDE since side ≤ longest.
        u32::try_from(scaled).unwrap_or(MAX_SIDE).max(1)
    };
    imageops::resize(&rgb, scale(width), scale(height), FilterType::Triangle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::codecs::png::PngEncoder;
    use image::codecs::webp::WebPEncoder;
    use image::{ExtendedColorType, ImageEncoder, Rgb, RgbaImage};
    use std::time::{Duration, Instant};

    const RED: Rgb<u8> = Rgb([220, 20, 20]);
    const BLUE: Rgb<u8> = Rgb([20, 20, 220]);

    /// Left half red, right half blue: a rotation shows in where the red lands.
    fn two_halves(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, _| if x < width / 2 { RED } else { BLUE })
    }

    fn encode_jpeg(image: &RgbImage) -> Vec<u8> {
        let mut out = Vec::new();
        JpegEncoder::new_with_quality(&mut out, 90)
            .encode_image(image)
            .unwrap();
        out
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    /// Markers of the segments before the first SOS (SOI excluded).
    fn header_markers(jpeg: &[u8]) -> Vec<u8> {
        assert_eq!(&jpeg[..2], &[0xFF, 0xD8], "not a JPEG");
        let mut markers = Vec::new();
        let mut pos = 2;
        loop {
            assert_eq!(jpeg[pos], 0xFF, "segment walk lost at {pos}");
            let marker = jpeg[pos + 1];
            markers.push(marker);
            if marker == 0xDA {
                return markers;
            }
            let length = usize::from(u16::from_be_bytes([jpeg[pos + 2], jpeg[pos + 3]]));
            pos += 2 + length;
        }
    }

    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut seg = vec![0xFF, marker];
        seg.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
        seg.extend_from_slice(payload);
        seg
    }

    /// Big-endian 12-byte IFD entry.
    fn ifd_entry(tag: u16, kind: u16, count: u32, value: [u8; 4]) -> Vec<u8> {
        let mut e = Vec::new();
        e.extend_from_slice(&tag.to_be_bytes());
        e.extend_from_slice(&kind.to_be_bytes());
        e.extend_from_slice(&count.to_be_bytes());
        e.extend_from_slice(&value);
        e
    }

    fn rationals(values: [u32; 3]) -> Vec<u8> {
        values
            .iter()
            .flat_map(|v| [v.to_be_bytes(), 1u32.to_be_bytes()].concat())
            .collect()
    }

    /// An EXIF APP1 payload: IFD0 with Orientation = 6 and a GPS IFD at
    /// 37°33'0" N, 126°58'0" E.
    fn exif_payload() -> Vec<u8> {
        const SHORT: u16 = 3;
        const LONG: u16 = 4;
        const ASCII: u16 = 2;
        const RATIONAL: u16 = 5;
        // TIFF offsets: header 8, IFD0 (2 entries) 30 → GPS IFD at 38,
        // GPS IFD (4 entries) 54 → latitude at 92, longitude at 116.
        let mut tiff = b"MM\0\x2A\0\0\0\x08".to_vec();
        tiff.extend_from_slice(&2u16.to_be_bytes());
        tiff.extend(ifd_entry(0x0112, SHORT, 1, [0, 6, 0, 0]));
        tiff.extend(ifd_entry(0x8825, LONG, 1, 38u32.to_be_bytes()));
        tiff.extend_from_slice(&0u32.to_be_bytes());
        assert_eq!(tiff.len(), 38);
        tiff.extend_from_slice(&4u16.to_be_bytes());
        tiff.extend(ifd_entry(0x0001, ASCII, 2, *b"N\0\0\0"));
        tiff.extend(ifd_entry(0x0002, RATIONAL, 3, 92u32.to_be_bytes()));
        tiff.extend(ifd_entry(0x0003, ASCII, 2, *b"E\0\0\0"));
        tiff.extend(ifd_entry(0x0004, RATIONAL, 3, 116u32.to_be_bytes()));
        tiff.extend_from_slice(&0u32.to_be_bytes());
        assert_eq!(tiff.len(), 92);
        tiff.extend(rationals([37, 33, 0]));
        tiff.extend(rationals([126, 58, 0]));
        let mut payload = b"Exif\0\0".to_vec();
        payload.extend(tiff);
        payload
    }

    fn xmp_payload() -> Vec<u8> {
        let mut payload = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
        payload.extend_from_slice(
            br#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>37,33N</exif:GPSLatitude><dc:creator>Jane Organizer</dc:creator></x:xmpmeta>"#,
        );
        payload
    }

    /// A phone-like JPEG: EXIF (GPS, orientation 6) right after SOI, then
    /// XMP and a comment, then the encoder's own segments.
    fn phone_jpeg(width: u32, height: u32) -> Vec<u8> {
        let plain = encode_jpeg(&two_halves(width, height));
        let mut out = plain[..2].to_vec();
        out.extend(segment(0xE1, &exif_payload()));
        out.extend(segment(0xE1, &xmp_payload()));
        out.extend(segment(0xFE, b"Shot by Jane Organizer, GPS 37.55N"));
        out.extend_from_slice(&plain[2..]);
        out
    }

    const GPS_IFD_TAG: &[u8] = &[0x88, 0x25, 0x00, 0x04];

    #[test]
    fn exif_gps_and_xmp_are_gone_and_orientation_is_applied() {
        let input = phone_jpeg(64, 32);
        let latitude = rationals([37, 33, 0]);
        // Sanity: the fixture really carries what must disappear.
        assert!(contains(&input, b"Exif"));
        assert!(contains(&input, GPS_IFD_TAG));
        assert!(contains(&input, &latitude));
        assert!(contains(&input, b"http://ns.adobe.com/xap"));
        assert!(header_markers(&input).contains(&0xE1));
        let raw = image::load_from_memory(&input).unwrap();
        assert_eq!((raw.width(), raw.height()), (64, 32));

        let photo = clean(&input).unwrap();
        let out = &photo.jpeg;

        let markers = header_markers(out);
        assert!(!markers.contains(&0xE1), "APP1 left: {markers:02X?}");
        // Only the JFIF APP0 header may remain: no APP1..APP15, no comment.
        assert!(
            markers
                .iter()
                .all(|m| *m == 0xE0 || !(0xE1..=0xEF).contains(m) && *m != 0xFE),
            "metadata segments left: {markers:02X?}"
        );
        assert!(!contains(out, &[0xFF, 0xE1]));
        assert!(!contains(out, b"Exif"));
        assert!(!contains(out, b"GPS"));
        assert!(!contains(out, b"http://ns.adobe.com/xap"));
        assert!(!contains(out, b"Jane"));
        assert!(!contains(out, &latitude));

        // Orientation 6 (rotate 90° clockwise): 64×32 becomes 32×64 and the
        // left (red) half becomes the top half.
        let decoded = image::load_from_memory_with_format(out, ImageFormat::Jpeg)
            .unwrap()
            .into_rgb8();
        assert_eq!((photo.width, photo.height), (32, 64));
        assert_eq!(decoded.dimensions(), (32, 64));
        let top = decoded.get_pixel(16, 8);
        let bottom = decoded.get_pixel(16, 56);
        assert!(top[0] > 150 && top[2] < 100, "top should be red: {top:?}");
        assert!(
            bottom[2] > 150 && bottom[0] < 100,
            "bottom should be blue: {bottom:?}"
        );
    }

    #[test]
    fn large_photo_is_shrunk_to_max_side() {
        let input = encode_jpeg(&two_halves(4000, 3000));
        let photo = clean(&input).unwrap();
        assert_eq!((photo.width, photo.height), (2000, 1500));
        let decoded = image::load_from_memory_with_format(&photo.jpeg, ImageFormat::Jpeg).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (2000, 1500));
    }

    #[test]
    fn small_photo_keeps_its_size() {
        let photo = clean(&encode_jpeg(&two_halves(300, 200))).unwrap();
        assert_eq!((photo.width, photo.height), (300, 200));
    }

    /// CRC-32 (IEEE, reflected), as PNG chunks use.
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &byte in data {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut chunk = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        chunk.extend_from_slice(&body);
        chunk.extend_from_slice(&crc32(&body).to_be_bytes());
        chunk
    }

    /// A well-formed PNG header declaring `width` × `height` RGB pixels,
    /// with a tiny IDAT: what a decompression bomb looks like up front.
    fn png_declaring(width: u32, height: u32) -> Vec<u8> {
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB, no interlace
        let mut png = PNG_MAGIC.to_vec();
        png.extend(png_chunk(b"IHDR", &ihdr));
        // An empty zlib stream.
        png.extend(png_chunk(
            b"IDAT",
            &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
        ));
        png.extend(png_chunk(b"IEND", &[]));
        png
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn png_bomb_is_refused_from_its_header_quickly() {
        let bomb = png_declaring(20_000, 20_000);
        // Sanity: `image` itself accepts the header as a real PNG.
        let dims = ImageReader::with_format(Cursor::new(&bomb), ImageFormat::Png)
            .into_dimensions()
            .unwrap();
        assert_eq!(dims, (20_000, 20_000));

        let start = Instant::now();
        let result = clean(&bomb);
        assert!(start.elapsed() < Duration::from_secs(1));
        assert_eq!(
            result.err(),
            Some(PhotoError::TooManyPixels {
                width: 20_000,
                height: 20_000
            })
        );
    }

    #[test]
    fn a_side_over_20000_is_refused_even_with_few_pixels() {
        assert_eq!(
            clean(&png_declaring(20_001, 10)).err(),
            Some(PhotoError::TooManyPixels {
                width: 20_001,
                height: 10
            })
        );
    }

    #[test]
    fn jpeg_bomb_is_refused_from_its_frame_header() {
        let mut jpeg = encode_jpeg(&two_halves(16, 16));
        // Patch the SOF0 height and width to 60,000 each.
        let sof = jpeg.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        jpeg[sof + 5..sof + 9].copy_from_slice(&[0xEA, 0x60, 0xEA, 0x60]);
        assert_eq!(
            clean(&jpeg).err(),
            Some(PhotoError::TooManyPixels {
                width: 60_000,
                height: 60_000
            })
        );
    }

    #[test]
    fn webp_bomb_is_refused_from_its_vp8x_header() {
        let mut webp = b"RIFF\x00\x00\x00\x00WEBPVP8X\x0A\x00\x00\x00".to_vec();
        webp.extend_from_slice(&[0, 0, 0, 0]); // flags
        webp.extend_from_slice(&[0x1F, 0x4E, 0x00]); // width − 1 = 19,999
        webp.extend_from_slice(&[0x1F, 0x4E, 0x00]); // height − 1 = 19,999
        assert_eq!(
            clean(&webp).err(),
            Some(PhotoError::TooManyPixels {
                width: 20_000,
                height: 20_000
            })
        );
    }

    #[test]
    fn random_bytes_and_text_are_not_images() {
        // xorshift: deterministic noise.
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state.to_le_bytes()[0]
            })
            .collect();
        assert_eq!(clean(&noise).err(), Some(PhotoError::NotAnImage));
        let text = b"Petition handover, 12 May.\nPlease find the signatures attached.\n";
        assert_eq!(clean(text).err(), Some(PhotoError::NotAnImage));
        assert_eq!(clean(b"").err(), Some(PhotoError::NotAnImage));
        // A name or content type is not a format: an MP4's ftyp is refused too.
        assert_eq!(
            clean(b"\0\0\0\x18ftypisom\0\0\0\0isomiso2\0\0\0\0").err(),
            Some(PhotoError::NotAnImage)
        );
    }

    #[test]
    fn truncated_jpeg_is_corrupt_not_a_panic() {
        // Noise so the scan is long and cutting it leaves a real gap.
        let noisy = RgbImage::from_fn(256, 256, |x, y| {
            let v = x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503);
            Rgb([v as u8, (v >> 8) as u8, (v >> 16) as u8])
        });
        let whole = encode_jpeg(&noisy);
        assert!(clean(&whole).is_ok());
        for cut in [3, 20, 100, whole.len() / 2, whole.len() - 2] {
            assert_eq!(
                clean(&whole[..cut]).err(),
                Some(PhotoError::Corrupt),
                "cut at {cut} of {}",
                whole.len()
            );
        }
    }

    #[test]
    fn truncated_png_is_corrupt() {
        let mut png = Vec::new();
        PngEncoder::new(&mut png)
            .write_image(two_halves(64, 64).as_raw(), 64, 64, ExtendedColorType::Rgb8)
            .unwrap();
        for cut in [10, 30, png.len() / 2] {
            assert_eq!(
                clean(&png[..cut]).err(),
                Some(PhotoError::Corrupt),
                "cut {cut}"
            );
        }
    }

    #[test]
    fn heic_and_avif_ask_for_jpeg() {
        let mut heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec();
        heic.resize(4096, 0);
        assert_eq!(clean(&heic).err(), Some(PhotoError::Heic));
        let mut avif = b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf".to_vec();
        avif.resize(4096, 0);
        assert_eq!(clean(&avif).err(), Some(PhotoError::Heic));
        // Generic major brand, HEIC only among the compatible brands.
        let mut compat = b"\0\0\0\x18ftypmp41\0\0\0\0isomheic".to_vec();
        compat.resize(4096, 0);
        assert_eq!(clean(&compat).err(), Some(PhotoError::Heic));
    }

    #[test]
    fn over_max_bytes_is_too_large() {
        // A JPEG signature up front: the size is refused before the format
        // is even looked at.
        let mut big = vec![0u8; MAX_BYTES + 1];
        big[..3].copy_from_slice(JPEG_MAGIC);
        let start = Instant::now();
        assert_eq!(clean(&big).err(), Some(PhotoError::TooLarge));
        assert!(start.elapsed() < Duration::from_millis(100));
    }

    /// Left half opaque red, right half fully transparent black.
    fn half_transparent() -> RgbaImage {
        RgbaImage::from_fn(32, 32, |x, _| {
            if x < 16 {
                image::Rgba([220, 20, 20, 255])
            } else {
                image::Rgba([0, 0, 0, 0])
            }
        })
    }

    fn assert_flattened_jpeg(photo: &CleanPhoto) {
        assert!(photo.jpeg.starts_with(JPEG_MAGIC));
        let decoded = image::load_from_memory_with_format(&photo.jpeg, ImageFormat::Jpeg)
            .unwrap()
            .into_rgb8();
        assert_eq!(decoded.dimensions(), (32, 32));
        let transparent = decoded.get_pixel(28, 16);
        assert!(
            transparent.0.iter().all(|&c| c > 240),
            "transparency should be white: {transparent:?}"
        );
        let opaque = decoded.get_pixel(4, 16);
        assert!(
            opaque[0] > 180 && opaque[1] < 60,
            "opaque red kept: {opaque:?}"
        );
    }

    #[test]
    fn png_with_alpha_becomes_jpeg_on_white() {
        let image = half_transparent();
        let mut png = Vec::new();
        PngEncoder::new(&mut png)
            .write_image(image.as_raw(), 32, 32, ExtendedColorType::Rgba8)
            .unwrap();
        assert!(png.starts_with(PNG_MAGIC));
        assert_flattened_jpeg(&clean(&png).unwrap());
    }

    #[test]
    fn webp_with_alpha_becomes_jpeg_on_white() {
        let image = half_transparent();
        let mut webp = Vec::new();
        WebPEncoder::new_lossless(&mut webp)
            .encode(image.as_raw(), 32, 32, ExtendedColorType::Rgba8)
            .unwrap();
        assert_eq!(&webp[8..12], b"WEBP");
        assert_flattened_jpeg(&clean(&webp).unwrap());
    }

    #[test]
    fn every_error_has_a_sentence_in_every_language() {
        let errors = [
            PhotoError::TooLarge,
            PhotoError::Heic,
            PhotoError::NotAnImage,
            PhotoError::TooManyPixels {
                width: 20_000,
                height: 20_000,
            },
            PhotoError::Corrupt,
        ];
        for lang in crate::i18n::Lang::ALL {
            let l = crate::i18n::Tr::new(lang);
            for error in &errors {
                let message = l.msg(&error.msg());
                assert!(
                    !message.starts_with("delivery-photo"),
                    "{lang:?}: {message}"
                );
            }
        }
        let en = crate::i18n::Tr::new(crate::i18n::Lang::En);
        let bomb = PhotoError::TooManyPixels {
            width: 20_000,
            height: 20_000,
        };
        assert!(en.msg(&bomb.msg()).contains("20000 × 20000"));
    }
}
