//! QR codes for role-card links, drawn as one SVG path so the app needs no image code.

use qrcode::{Color, EcLevel, QrCode};

/// A QR code as an SVG path over a square of `size` modules (quiet zone included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    pub size: usize,
    pub path: String,
}

/// The four-module margin scanners need.
const QUIET: usize = 4;

/// The QR code for `text`, or `None` if it is too long for any QR code.
pub fn qr(text: &str) -> Option<QrSvg> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == Color::Dark {
                let start = x;
                while x < width && colors[y * width + x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg {
        size: width + 2 * QUIET,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dark modules of a drawn code, read back from its path.
    fn dark_modules(svg: &QrSvg) -> Vec<bool> {
        let mut dark = vec![false; svg.size * svg.size];
        for part in svg.path.split('M').filter(|p| !p.is_empty()) {
            let numbers: Vec<usize> = part
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .filter_map(|n| n.parse().ok())
                .collect();
            if let [x, y, run, ..] = numbers[..] {
                for dx in 0..run {
                    dark[y * svg.size + x + dx] = true;
                }
            }
        }
        dark
    }

    fn decode(svg: &QrSvg) -> String {
        const SCALE: usize = 4;
        let dark = dark_modules(svg);
        let side = svg.size * SCALE;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            if dark[(y / SCALE) * svg.size + x / SCALE] {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        grids[0].decode().expect("decodes").1
    }

    #[test]
    fn role_card_links_decode_to_themselves() {
        for link in [
            "http://127.0.0.1:8080/#/card/the-late-meeting/observer",
            "https://example.org/team/rapport/#/card/own-topic/speaker",
        ] {
            let svg = qr(link).unwrap();
            assert_eq!(decode(&svg), link);
        }
    }

    #[test]
    fn too_long_is_none() {
        assert_eq!(qr(&"x".repeat(5000)), None);
    }
}
