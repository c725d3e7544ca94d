package uk.wmpathways.ui.account;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG drawn for a QR code reads back as the text it was made of (drawn into pixels, read by zxing). */
class QrCodeTest {

    private static final int SCALE = 4;

    @Test
    void theSvgReadsBackAsTheOtpauthAddress() throws Exception {
        String uri = "otpauth://totp/Pathways:sam.admin?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Pathways"
                + "&algorithm=SHA1&digits=6&period=30";
        String svg = QrCode.svg(uri);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");

        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(size.find()).isTrue();
        int modules = Integer.parseInt(size.group(1));
        int side = modules * SCALE;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y * SCALE + dy) * side + x * SCALE + dx] = 0xFF000000;
                }
            }
        }
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(side, side, pixels)))).getText();
        assertThat(read).isEqualTo(uri);
    }
}
