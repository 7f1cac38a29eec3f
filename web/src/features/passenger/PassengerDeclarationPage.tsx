import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api.ts';
import { DayInput } from '../../components/DayInput.tsx';
import { Page } from '../../components/Page.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { typed } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { almatyToday } from '../../dates.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import { receiptPath } from '../declarations/paths.ts';
import { keepReceipt } from '../declarations/receipt-store.ts';
import { useSession } from '../session/index.ts';
import { base64ToBytes } from '../signing/base64.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { isSigningError } from '../signing/signer.ts';
import { useSigner } from '../signing/signer-context.ts';
import {
  type Calculation,
  calculatePassenger,
  createPassengerDraft,
  fetchPassengerOffices,
  fetchPassengerPayload,
  savePassengerDraft,
  submitPassenger,
} from './passenger-api.ts';
import {
  type CashLineDraft,
  documentOf,
  emptyCashLine,
  emptyGoodsLine,
  emptyVehicle,
  type GoodsLineDraft,
  maxCashLines,
  maxPassengerGoods,
  maxPassengerVehicles,
  newPassengerDraft,
  type PassengerDraft,
  type VehicleDraft,
} from './passenger-draft.ts';

/**
 * The passenger customs declaration (issue 17 point 2; ACC-10, ACC-15, ACC-20), filled from the
 * cabinet box by box as on the paper form, one column on a phone. The unified rate its goods owe
 * is calculated and shown before anything is signed; then the traveller signs with the NCA
 * signing key and submits it to an airport or border checkpoint, as every kind is submitted.
 */
export function PassengerDeclarationPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [draft, setDraft] = useState<PassengerDraft>(() => newPassengerDraft(me?.iinBin ?? '', almatyToday()));
  const change = (patch: Partial<PassengerDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const document = useMemo(() => documentOf(draft), [draft]);
  const shape = JSON.stringify(document);

  const calculation = useAction(calculatePassenger);
  const [calculatedFor, setCalculatedFor] = useState<string | null>(null);
  const calculate = async () => {
    const answer = await calculation.run(document);
    if (answer) setCalculatedFor(shape);
  };
  const calculated = calculatedFor === shape && calculation.value ? calculation.value : null;

  return (
    <Page title={t('passenger.title')} lead={t('passenger.lead')} testId="passenger-title" maw={900}>
      <Box title={t('passenger.box1')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('passenger.name')}
            {...typed(draft.name, (name) => change({ name }))}
            maxLength={300}
            required
            data-testid="passenger-name"
          />
          <TextInput label={t('passenger.iin')} value={draft.iin} readOnly data-testid="passenger-iin" />
          <Select
            label={t('passenger.documentKind')}
            data={(['passport', 'id_card', 'residence_permit', 'other'] as const).map((value) => ({
              value,
              label: t(`passenger.documentKinds.${value}`),
            }))}
            value={draft.documentKind}
            onChange={(kind) => kind && change({ documentKind: kind as PassengerDraft['documentKind'] })}
            allowDeselect={false}
          />
          <TextInput
            label={t('passenger.documentNumber')}
            {...typed(draft.documentNumber, (documentNumber) => change({ documentNumber }))}
            maxLength={50}
            required
            data-testid="passenger-document-number"
          />
          <TextInput
            label={t('passenger.citizenship')}
            description={t('passenger.countryHint')}
            {...typed(draft.citizenship, (citizenship) => change({ citizenship }))}
            maxLength={2}
            required
          />
          <TextInput label={t('passenger.city')} {...typed(draft.city, (city) => change({ city }))} maxLength={200} />
          <TextInput
            label={t('passenger.street')}
            {...typed(draft.street, (street) => change({ street }))}
            maxLength={300}
          />
        </SimpleGrid>
      </Box>

      <Box title={t('passenger.box2')}>
        <Radio.Group
          label={t('passenger.direction')}
          value={draft.direction}
          onChange={(direction) => change({ direction: direction as PassengerDraft['direction'] })}
        >
          <Group mt={4}>
            <Radio value="entry" label={t('passenger.directions.entry')} data-testid="passenger-entry" />
            <Radio value="exit" label={t('passenger.directions.exit')} data-testid="passenger-exit" />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={draft.direction === 'entry' ? t('passenger.departureCountry') : t('passenger.destinationCountry')}
            description={t('passenger.countryHint')}
            {...typed(draft.country, (country) => change({ country }))}
            maxLength={2}
            required
            data-testid="passenger-country"
          />
          <TextInput
            label={t('passenger.baggagePieces')}
            inputMode="numeric"
            {...typed(draft.baggagePieces, (baggagePieces) => change({ baggagePieces }))}
            maxLength={3}
          />
        </SimpleGrid>
        {/* Radios, not a segmented control: the ways goods move have long names and must fit a phone. */}
        <Radio.Group
          label={t('passenger.movement')}
          value={draft.movement}
          onChange={(movement) => change({ movement: movement as PassengerDraft['movement'] })}
        >
          <Stack gap={6} mt={4}>
            {(['accompanied', 'unaccompanied', 'delivered'] as const).map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`passenger.movements.${value}`)}
                data-testid={`passenger-movement-${value}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        {draft.movement !== 'delivered' && (
          <Radio.Group
            label={t('passenger.transport')}
            value={draft.transport}
            onChange={(transport) => change({ transport: transport as PassengerDraft['transport'] })}
          >
            <Group mt={4}>
              <Radio value="air" label={t('passenger.transports.air')} data-testid="passenger-transport-air" />
              <Radio value="other" label={t('passenger.transports.other')} data-testid="passenger-transport-other" />
            </Group>
          </Radio.Group>
        )}
      </Box>

      <Box title={t('passenger.box3')} hint={t('passenger.cashHint')}>
        {draft.cash.map((line, index) => (
          <CashRow
            key={index}
            line={line}
            onChange={(patch) => change({ cash: draft.cash.map((l, i) => (i === index ? { ...l, ...patch } : l)) })}
            onRemove={() => change({ cash: draft.cash.filter((_, i) => i !== index) })}
          />
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => change({ cash: [...draft.cash, { ...emptyCashLine }] })}
            disabled={draft.cash.length >= maxCashLines}
            data-testid="passenger-add-cash"
          >
            {t('passenger.addCash')}
          </Button>
        </Group>
      </Box>

      <Box title={t('passenger.box4')} hint={t('passenger.vehiclesHint')}>
        {draft.vehicles.map((vehicle, index) => (
          <VehicleRow
            key={index}
            vehicle={vehicle}
            onChange={(patch) =>
              change({ vehicles: draft.vehicles.map((v, i) => (i === index ? { ...v, ...patch } : v)) })
            }
            onRemove={() => change({ vehicles: draft.vehicles.filter((_, i) => i !== index) })}
          />
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => change({ vehicles: [...draft.vehicles, { ...emptyVehicle }] })}
            disabled={draft.vehicles.length >= maxPassengerVehicles}
            data-testid="passenger-add-vehicle"
          >
            {t('passenger.addVehicle')}
          </Button>
        </Group>
      </Box>

      <Box title={t('passenger.box5')}>
        {draft.goods.map((line, index) => (
          <GoodsRow
            key={index}
            number={index + 1}
            line={line}
            onChange={(patch) => change({ goods: draft.goods.map((l, i) => (i === index ? { ...l, ...patch } : l)) })}
            onRemove={() => change({ goods: draft.goods.filter((_, i) => i !== index) })}
          />
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => change({ goods: [...draft.goods, { ...emptyGoodsLine }] })}
            disabled={draft.goods.length >= maxPassengerGoods}
            data-testid="passenger-add-goods"
          >
            {t('passenger.addGoods')}
          </Button>
        </Group>
      </Box>

      <Box title={t('passenger.box6')}>
        <DayInput label={t('passenger.date')} {...typed(draft.date, (date) => change({ date }))} required maw={220} />
      </Box>

      <Card withBorder padding="lg">
        <Stack>
          <Group>
            <Button
              onClick={() => void calculate()}
              loading={calculation.pending}
              variant="outline"
              data-testid="passenger-calculate"
            >
              {t('passenger.calculate')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('passenger.calculateHint')}
            </Text>
          </Group>
          {calculation.error !== undefined && calculation.error !== null && (
            <ServerRefusalAlert title={t('passenger.calculationRefused')} error={calculation.error} />
          )}
          {calculated && <CalculationView calculation={calculated} />}
        </Stack>
      </Card>

      {calculated && <Submission document={document} shape={shape} />}
    </Page>
  );
}

function Box({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {children}
      </Stack>
    </Card>
  );
}

function GoodsRow({
  number,
  line,
  onChange,
  onRemove,
}: {
  number: number;
  line: GoodsLineDraft;
  onChange: (patch: Partial<GoodsLineDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid={`passenger-goods-${number}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t('passenger.goodsNumber', { number })}</Text>
          <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove}>
            {t('passenger.remove')}
          </Button>
        </Group>
        <TextInput
          label={t('passenger.description')}
          {...typed(line.description, (description) => onChange({ description }))}
          maxLength={500}
          data-testid="goods-description"
        />
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          <TextInput
            label={t('passenger.quantity')}
            inputMode="decimal"
            {...typed(line.quantity, (quantity) => onChange({ quantity }))}
            maxLength={20}
            data-testid="goods-quantity"
          />
          <TextInput label={t('passenger.unit')} {...typed(line.unit, (unit) => onChange({ unit }))} maxLength={30} />
          <TextInput
            label={t('passenger.value')}
            inputMode="decimal"
            {...typed(line.value, (value) => onChange({ value }))}
            maxLength={20}
            data-testid="goods-value"
          />
          <TextInput
            label={t('passenger.currency')}
            {...typed(line.currency, (currency) => onChange({ currency }))}
            maxLength={3}
            data-testid="goods-currency"
          />
          <TextInput
            label={t('passenger.massKg')}
            inputMode="decimal"
            {...typed(line.massKg, (massKg) => onChange({ massKg }))}
            maxLength={20}
            data-testid="goods-mass"
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function CashRow({
  line,
  onChange,
  onRemove,
}: {
  line: CashLineDraft;
  onChange: (patch: Partial<CashLineDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 4 }} data-testid="passenger-cash-line">
      <Select
        label={t('passenger.cashKind')}
        data={(['cash', 'travellers_cheques', 'monetary_instrument'] as const).map((value) => ({
          value,
          label: t(`passenger.cashKinds.${value}`),
        }))}
        value={line.kind}
        onChange={(kind) => kind && onChange({ kind: kind as CashLineDraft['kind'] })}
        allowDeselect={false}
      />
      <TextInput
        label={t('passenger.currency')}
        {...typed(line.currency, (currency) => onChange({ currency }))}
        maxLength={3}
      />
      <TextInput
        label={t('passenger.amount')}
        inputMode="decimal"
        {...typed(line.amount, (amount) => onChange({ amount }))}
        maxLength={20}
        data-testid="cash-amount"
      />
      <Button variant="subtle" color="red" onClick={onRemove} mt={{ sm: 'lg' }}>
        {t('passenger.remove')}
      </Button>
    </SimpleGrid>
  );
}

function VehicleRow({
  vehicle,
  onChange,
  onRemove,
}: {
  vehicle: VehicleDraft;
  onChange: (patch: Partial<VehicleDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="passenger-vehicle">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('passenger.vehicleKind')}
          data={(['car', 'motorcycle', 'trailer', 'watercraft', 'aircraft', 'other'] as const).map((value) => ({
            value,
            label: t(`passenger.vehicleKinds.${value}`),
          }))}
          value={vehicle.kind}
          onChange={(kind) => kind && onChange({ kind: kind as VehicleDraft['kind'] })}
          allowDeselect={false}
        />
        <TextInput label={t('passenger.make')} {...typed(vehicle.make, (make) => onChange({ make }))} maxLength={100} />
        <TextInput label={t('passenger.vin')} {...typed(vehicle.vin, (vin) => onChange({ vin }))} maxLength={40} />
        <TextInput
          label={t('passenger.registrationNumber')}
          {...typed(vehicle.registrationNumber, (registrationNumber) => onChange({ registrationNumber }))}
          maxLength={50}
        />
        <TextInput
          label={t('passenger.registrationCountry')}
          description={t('passenger.countryHint')}
          {...typed(vehicle.countryCode, (countryCode) => onChange({ countryCode }))}
          maxLength={2}
        />
        <Button variant="subtle" color="red" onClick={onRemove} mt={{ sm: 'lg' }}>
          {t('passenger.remove')}
        </Button>
      </SimpleGrid>
    </Card>
  );
}

function CalculationView({ calculation }: { calculation: Calculation }) {
  const { t } = useTranslation();
  const amountOf = usePrintedAmount();
  return (
    <Stack gap="xs" data-testid="passenger-calculation">
      {calculation.lines.length === 0 ? (
        <Text>{t('passenger.nothingOwed')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={400}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('passenger.line.type')}</Table.Th>
                <Table.Th>{t('passenger.line.explanation')}</Table.Th>
                <Table.Th ta="right">{t('passenger.line.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calculation.lines.map((line) => (
                <Table.Tr key={line.paymentType}>
                  <Table.Td>{line.paymentType}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{line.explanation}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{amountOf(line.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text fw={700} data-testid="passenger-total">
        {t('passenger.total', { amount: calculation.total })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('passenger.paymentHint')}
      </Text>
    </Stack>
  );
}

interface Finding {
  path: string;
  message: string;
}
const findingsOf = (error: unknown): Finding[] => {
  if (!(error instanceof ApiError) || error.code !== 'DECL_CONTROL_FAILED') return [];
  const details = error.details as { errors?: Finding[] } | undefined;
  return Array.isArray(details?.errors) ? details.errors : [];
};

/** The customs body, the signature and the submission: a draft made of the form (saved again if changed), signed, delivered. */
function Submission({ document, shape }: { document: ReturnType<typeof documentOf>; shape: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signer } = useSigner();
  const language = currentLanguage();
  const offices = useQuery({ queryKey: ['passenger', 'offices'], queryFn: fetchPassengerOffices, staleTime: Infinity });
  const [office, setOffice] = useState<string | null>(null);
  const draft = useRef<{ id: string; revision: number; shape: string } | null>(null);

  const submitting = useAction(async (chosen: string) => {
    let current = draft.current;
    if (!current) {
      const saved = await createPassengerDraft(document);
      current = { ...saved, shape };
    } else if (current.shape !== shape) {
      const saved = await savePassengerDraft(current.id, document, current.revision);
      current = { ...saved, shape };
    }
    draft.current = current;
    const payload = await fetchPassengerPayload(current.id);
    const signature = await signer.signCms({ data: base64ToBytes(payload), detached: true, purpose: 'sign' });
    const answer = await submitPassenger(current.id, { customsOffice: chosen, signature }, crypto.randomUUID());
    return { id: current.id, answer };
  });

  const signAndSubmit = async () => {
    if (!office) return;
    const done = await submitting.run(office);
    if (!done) return;
    keepReceipt(done.id, done.answer.receipt);
    navigate(receiptPath(done.id), { state: { receipt: done.answer.receipt } });
  };
  const failure = submitting.error ?? undefined;
  const findings = findingsOf(failure);

  return (
    <>
      <Card withBorder padding="lg">
        <Select
          label={t('passenger.office')}
          description={t('passenger.officeHint')}
          data={(offices.data ?? []).map((o) => ({ value: o.code, label: `${o.code} — ${o.name[language]}` }))}
          value={office}
          onChange={setOffice}
          searchable
          disabled={!offices.data || submitting.pending}
          data-testid="passenger-office"
        />
      </Card>
      <SignerPanel />
      {failure !== undefined &&
        failure !== null &&
        (isSigningError(failure) ? (
          <SigningErrorAlert error={failure} />
        ) : (
          <ServerRefusalAlert title={t('passenger.refused')} error={failure} />
        ))}
      {findings.length > 0 && (
        <Alert color="red" data-testid="passenger-findings">
          <List size="sm">
            {findings.map((f) => (
              <List.Item key={`${f.path} ${f.message}`}>
                {f.path}: {f.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group>
        <Button
          onClick={() => void signAndSubmit()}
          loading={submitting.pending}
          disabled={!office}
          data-testid="passenger-sign"
        >
          {t('passenger.signAndSubmit')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('passenger.signHint')}
        </Text>
      </Group>
    </>
  );
}
