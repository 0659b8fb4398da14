package io.github.prepkit.decomposition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HouseholderRTest {

    @Test
    void rIsUpperTriangularWithTheGramMatrixOfTheColumns() {
        Random random = new Random(9);
        int rows = 40;
        double[][] columns = new double[4][rows];
        for (int a = 0; a < 4; a++) {
            for (int i = 0; i < rows; i++) {
                columns[a][i] = a == 2 ? 0 : random.nextGaussian() + (a == 3 ? columns[0][i] : 0);
            }
        }
        double[][] original = new double[4][];
        for (int a = 0; a < 4; a++) {
            original[a] = columns[a].clone();
        }
        double[][] r = HouseholderR.of(columns, rows);
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                if (a > b) {
                    assertEquals(0, r[a][b], "below the diagonal");
                }
                double rtr = 0;
                double ata = 0;
                for (int k = 0; k < 4; k++) {
                    rtr += r[k][a] * r[k][b];
                }
                for (int i = 0; i < rows; i++) {
                    ata += original[a][i] * original[b][i];
                }
                assertEquals(ata, rtr, 1e-12 * Math.max(1, Math.abs(ata)), "(RᵀR)[" + a + "][" + b + "]");
            }
        }
    }
}
