-- The council's name is kept in one place (session 12): the council's settings (Inställningar, council_setting
-- 'council_name'), which every paper (kallelse, protokoll, utdrag), every brief and every screen reads. Until now the
-- papers read a second name of their own, typed under Protokoll's settings (paper_settings.council_name).
-- A folder keeps what it had: where Inställningar holds no name, the papers' name becomes it; where both are set,
-- Inställningar's stays (it is the one the briefs already printed). Then the papers' own column goes.
UPDATE council_setting SET setting_value = (SELECT p.council_name FROM paper_settings p WHERE p.id = 1)
    WHERE setting_name = 'council_name' AND TRIM(setting_value) = ''
    AND EXISTS (SELECT 1 FROM paper_settings p WHERE p.id = 1 AND TRIM(p.council_name) <> '');
INSERT INTO council_setting (setting_name, setting_value)
    SELECT 'council_name', p.council_name FROM paper_settings p
    WHERE p.id = 1 AND TRIM(p.council_name) <> ''
    AND NOT EXISTS (SELECT 1 FROM council_setting s WHERE s.setting_name = 'council_name');
ALTER TABLE paper_settings DROP COLUMN council_name;
