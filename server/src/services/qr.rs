//! QR codes for the set-up dialog, rendered on the server as inline SVG (no image requests,
//! no QR code in the browser bundle).

use qrcode::{EcLevel, QrCode, render::svg};

pub use qrcode::types::QrError;

/// Pixels per module in the SVG's own coordinates; the page scales it with CSS.
const MODULE_PX: u32 = 6;

/// An `<svg>` element (no XML prolog, ready to inline) showing `data` as a QR code with the
/// standard four-module quiet zone, error correction level M.
pub fn svg(data: &str) -> Result<String, QrError> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)?;
    let image = code
        .render::<svg::Color<'_>>()
        .quiet_zone(true)
        .module_dimensions(MODULE_PX, MODULE_PX)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    Ok(match image.find("<svg") {
        Some(start) => image[start..].to_owned(),
        None => image,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rasterises the SVG this module writes (one rectangle path of `M x y h w v h H x V y`
    /// commands) at one pixel per unit, the way any renderer would draw it.
    fn rasterise(svg: &str) -> (usize, Vec<bool>) {
        let size: usize = svg
            .split("width=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|n| n.parse().ok())
            .expect("width");
        let path = svg
            .split(" d=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("path");
        let mut dark = vec![false; size * size];
        for rect in path.split('M').filter(|r| !r.is_empty()) {
            let numbers: Vec<usize> = rect
                .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().expect("number"))
                .collect();
            let [left, top, width, height, ..] = numbers[..] else {
                panic!("unexpected path segment {rect:?}");
            };
            for y in top..top + height {
                for x in left..left + width {
                    dark[y * size + x] = true;
                }
            }
        }
        (size, dark)
    }

    #[test]
    fn the_svg_decodes_with_a_qr_reader() {
        let uri = "otpauth://totp/Twofold:ada%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\
                   &issuer=Twofold&algorithm=SHA1&digits=6&period=30";
        let svg = svg(uri).expect("fits in a QR code");
        assert!(svg.starts_with("<svg"), "inline-ready: {}", &svg[..40]);
        let (size, dark) = rasterise(&svg);
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
            if dark[y * size + x] { 0 } else { 255 }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().expect("decodes");
        assert_eq!(content, uri);
    }

    #[test]
    fn oversized_data_is_an_error_not_a_panic() {
        assert!(svg(&"x".repeat(5000)).is_err());
    }
}
