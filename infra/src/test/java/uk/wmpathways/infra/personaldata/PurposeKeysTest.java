package uk.wmpathways.infra.personaldata;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys derived from the master key, one per purpose: what they seal and hash, and what they do not open. */
class PurposeKeysTest {

    private static final MasterKey MASTER = MasterKey.fromBase64("dGVzdHMtb25seS1ub3QtYS1zZWNyZXQtMzItYnl0ZXM=");

    @Test
    void theDerivationIsHkdfExpandOfRfc5869() {
        // RFC 5869, test case 1: its pseudorandom key, info and the first 32 bytes of its output.
        HexFormat hex = HexFormat.of();
        MasterKey prk = MasterKey.of(hex.parseHex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"));

        byte[] derived = prk.derive(hex.parseHex("f0f1f2f3f4f5f6f7f8f9"));

        assertThat(hex.formatHex(derived)).isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
    }

    @Test
    void aSealedValueOpensOnlyWithItsAssociatedDataAndPurpose() {
        PurposeKeys keys = new PurposeKeys(MASTER);
        PurposeKeys.Sealer totp = keys.sealer(PurposeKeys.TOTP_SECRETS);

        String sealed = totp.seal("sam.admin", "JBSWY3DPEHPK3PXP");

        assertThat(sealed).doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(totp.seal("sam.admin", "JBSWY3DPEHPK3PXP")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(totp.open("sam.admin", sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> totp.open("other.admin", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys.sealer("pathways/another-purpose/v1").open("sam.admin", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PurposeKeys(MasterKey.random()).sealer(PurposeKeys.TOTP_SECRETS)
                .open("sam.admin", sealed)).as("another master key").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> totp.open("sam.admin", "not base64!")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyedHashIsStableForItsKeyAndPurposeOnly() {
        PurposeKeys.KeyedHash claims = new PurposeKeys(MASTER).keyedHash(PurposeKeys.NHS_NUMBER_CLAIMS);

        String hash = claims.of("9434765919");

        assertThat(hash).hasSize(43).matches("[A-Za-z0-9_-]+").doesNotContain("9434765919");
        assertThat(claims.of("9434765919")).isEqualTo(hash);
        assertThat(new PurposeKeys(MASTER).keyedHash(PurposeKeys.NHS_NUMBER_CLAIMS).of("9434765919")).isEqualTo(hash);
        assertThat(claims.of("9434765870")).isNotEqualTo(hash);
        assertThat(new PurposeKeys(MASTER).keyedHash("pathways/another-purpose/v1").of("9434765919")).isNotEqualTo(hash);
        assertThat(new PurposeKeys(MasterKey.random()).keyedHash(PurposeKeys.NHS_NUMBER_CLAIMS).of("9434765919"))
                .isNotEqualTo(hash);
        assertThat(claims.toString()).doesNotContain(hash);
    }

    @Test
    void aPurposeMustBeNamed() {
        assertThatThrownBy(() -> new PurposeKeys(MASTER).keyedHash(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
